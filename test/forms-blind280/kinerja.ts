// LKjIP and the recap of sampah tertangani per kecamatan of the DLH Kota Pangkal Seruni (Kepulauan
// Bangka Belitung); the PK 2025 with its Renstra sheet and the retribusi / TPA recap of the DLH
// Kabupaten Lereng Arjasari (Jawa Timur). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 Tabel 3.2, DLH Pangkal Seruni: ROUND capaian formulas, refleksi on the negative rows. */
export function lkjipSampah(): BookW {
  const b = new BookW(
    "lkjip-2024-dlh-timbulan-sampah-pangkal-seruni.xlsx",
    "LKjIP pengukuran kinerja (DLH persampahan)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 (%) | Predikat | Target Akhir Renstra 2026; refleksi (2T-R)/T on timbulan per kapita and sampah ke TPA; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2 Capaian Indikator Kinerja Sasaran Dinas Lingkungan Hidup Kota Pangkal Seruni Tahun 2024",
  ]);
  s.gap();
  const SAS = "Meningkatnya kualitas pengelolaan sampah";
  const I = [
    { id: "i1", ind: "Persentase sampah terkelola", sat: "%", neg: false, r0: 63.2, t: 70, r: 66.8, ak: 78 },
    { id: "i2", ind: "Persentase sampah tertangani", sat: "%", neg: false, r0: 61.5, t: 68, r: 69.3, ak: 80 },
    {
      id: "i3",
      ind: "Timbulan sampah per kapita",
      sat: "kg/jiwa/hari",
      neg: true,
      r0: 0.68,
      t: 0.62,
      r: 0.66,
      ak: 0.55,
    },
    {
      id: "i4",
      ind: "Volume sampah yang dibuang ke TPA",
      sat: "ton/hari",
      neg: true,
      r0: 192,
      t: 180,
      r: 171,
      ak: 150,
    },
    { id: "i5", ind: "Jumlah bank sampah aktif", sat: "unit", neg: false, r0: 71, t: 85, r: 79, ak: 120 },
  ];
  const pos = (t: string, r: string) => `ROUND(${r}/${t}*100,2)`;
  const ref = (t: string, r: string) => `ROUND((2*${t}-${r})/${t}*100,2)`;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target" },
  ];
  // predikat as typed: i4 "Sangat Baik" fits its true 105.00; planted: i5 "Baik" for 92.94
  const words: Record<string, string> = {
    i1: "Sangat Baik",
    i2: "Sangat Baik",
    i3: "Sangat Baik",
    i4: "Sangat Baik",
    i5: "Baik",
  };
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: SAS,
          ind: x.ind,
          sat: x.sat,
          r0: x.r0,
          t: x.t,
          r: x.r,
          // planted: the sampah ke TPA row (negative) has the R / T formula
          c: fx(x.neg && x.id !== "i4" ? ref(c.a("t"), c.a("r")) : pos(c.a("t"), c.a("r"))),
          p: words[x.id],
          ak: x.ak,
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian sasaran",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Indikator timbulan per kapita dan volume ke TPA bersifat negatif: capaian = (2 x target - realisasi) / target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Volume sampah ke TPA (negative) uses R / T = 171 / 180 = 95.00; refleksi (2 x 180 - 171) / 180 gives 105.00",
    truth: ref(a("t", "i4"), a("r", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Jumlah bank sampah aktif 79 / 85 = 92.94 is called 'Baik'; the band > 90 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: ref(a("t", "i3"), a("r", "i3")),
    trap: pos(a("t", "i3"), a("r", "i3")),
  });
  for (const id of ["i1", "i2", "i5"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: pos(a("t", id), a("r", id)) });
  for (const id of ["i1", "i2", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala DLH Lereng Arjasari beside the Renstra targets with ordinal year headers. */
export function pkSampah(): BookW {
  const b = new BookW(
    "pk-2025-dlh-persampahan-lereng-arjasari.xlsx",
    "PK 2025 with Renstra (DLH persampahan)",
    "sheet 'PK 2025 DLH': statement page, No | Sasaran | Indikator | Satuan | Target; No | Program | Anggaran (Rp) | Ket with a typed Jumlah; sheet 'Renstra 2025-2029': Tahun ke-1..ke-5 (years from the title), a negative indicator, Kondisi Akhir",
  );
  const P = "PK 2025 DLH";
  const R = "Renstra 2025-2029";
  const ind = [
    { id: "a", ind: "Persentase sampah terkelola", sat: "%", awal: 58.4, k: [62, 66, 70, 74, 78] },
    { id: "b", ind: "Persentase sampah tertangani", sat: "%", awal: 67.5, k: [71, 74, 77, 80, 83] },
    { id: "c", ind: "Jumlah TPS3R yang beroperasi", sat: "unit", awal: 9, k: [11, 13, 15, 17, 19] },
    {
      id: "d",
      ind: "Volume sampah yang masuk TPA",
      sat: "ton/hari",
      awal: 214,
      k: [210, 200, 190, 180, 170],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["MATRIKS TARGET KINERJA RENSTRA DINAS LINGKUNGAN HIDUP KABUPATEN LERENG ARJASARI 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal" },
      ...[1, 2, 3, 4, 5].map((n): Col => ({
        key: `y${n}`,
        head: ["Target Tahun", `Tahun ke-${n}`],
        role: "target",
        year: 2024 + n,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir" },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => {
      const c: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat, awal: x.awal, ak: x.k[4] };
      x.k.forEach((v, j) => (c[`y${j + 1}`] = v));
      return { id: x.id, cells: c };
    }),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS LINGKUNGAN HIDUP KABUPATEN LERENG ARJASARI"]);
  pk.lines([
    "Pada hari ini, Senin tanggal enam Januari tahun dua ribu dua puluh lima, kami yang bertanda tangan",
    "di bawah ini sepakat untuk mewujudkan target kinerja tahunan sebagai berikut.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya penanganan sampah rumah tangga dan sejenisnya",
        ind: x.ind,
        sat: x.sat,
        // planted: sampah tertangani copied from Tahun ke-2 (74); Tahun ke-1 is 71
        tg: x.id === "b" ? x.k[1] : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten", rp: 6_845_210_000 },
    { id: "p2", nm: "Program Pengelolaan Persampahan", rp: 11_372_600_000 },
    {
      id: "p3",
      nm: "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      rp: 1_118_450_000,
    },
    { id: "p4", nm: "Program Penghargaan Lingkungan Hidup untuk Masyarakat", rp: 243_900_000 },
  ];
  // planted: Jumlah typed 19,850,160,000; the four programs add up to 19,580,160,000
  const JUMLAH = 19_850_160_000;
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: "APBD 2025" } })),
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: JUMLAH } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Arjasari, 6 Januari 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP"],
    nama: "Dr. WAHYU KUSUMANINGRUM, S.T., M.T.",
    nip: "19790822 200501 2 011",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y1", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of persentase sampah tertangani is 74, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 71",
    truth: `'${R}'!${rt.a("y1", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran typed 19,850,160,000; the four programs add up to 19,580,160,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: [1, 2, 3, 4, 5].map((n) => rt.a(`y${n}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rt.a("y5", "d"), rules: ["target-trend"], truth: "170" });
  return b.finish();
}

/** Sampah tertangani per kecamatan, DLH Pangkal Seruni: (7) = (4)+(5)+(6), (8) = (7)/(3) x 100, (9) = (3)-(7). */
export function rekapKecamatan(): BookW {
  const b = new BookW(
    "rekap-sampah-tertangani-per-kecamatan-pangkal-seruni-2024.xlsx",
    "Rekap sampah tertangani per kecamatan (DLH)",
    "Rekap 2024 per kecamatan: Penduduk | Timbulan (ton/hari) | Tertangani: diangkut ke TPA, TPS3R, bank sampah, Jumlah | % tertangani | Belum tertangani; number row '(7) = (4)+(5)+(6)', '(8) = (7)/(3) x 100', '(9) = (3)-(7)'; JUMLAH row with the % of the totals",
  );
  const S = "Rekap Kecamatan 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS LINGKUNGAN HIDUP KOTA PANGKAL SERUNI", "Bidang Pengelolaan Sampah dan Limbah B3"]);
  s.lines([
    "REKAPITULASI TIMBULAN DAN PENANGANAN SAMPAH PER KECAMATAN TAHUN 2024",
    "(satuan: ton/hari, rata-rata tahunan)",
  ]);
  s.gap();
  const K = [
    { id: "k1", nm: "Pangkal Seruni Barat", pd: 48_215, tm: 31.6, tpa: 22.4, r3: 2.1, bs: 0.6 },
    { id: "k2", nm: "Gerunggang Lama", pd: 52_870, tm: 34.7, tpa: 21.9, r3: 3.4, bs: 0.9 },
    { id: "k3", nm: "Bukit Intan Raya", pd: 39_405, tm: 25.3, tpa: 15.8, r3: 1.6, bs: 0.4 },
    { id: "k4", nm: "Rangkui Hilir", pd: 44_118, tm: 29.1, tpa: 20.6, r3: 2.8, bs: 0.7 },
    { id: "k5", nm: "Taman Sari Pantai", pd: 27_950, tm: 18.2, tpa: 13.1, r3: 0.9, bs: 0.5 },
    { id: "k6", nm: "Girimaya Hulu", pd: 31_460, tm: 20.4, tpa: 11.7, r3: 1.2, bs: 0.3 },
  ];
  const T = "Sampah Tertangani (ton/hari)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      { key: "pd", head: ["Jumlah Penduduk (jiwa)"], num: "(2a)", fmt: INT },
      { key: "tm", head: ["Timbulan Sampah (ton/hari)"], role: "lainnya", num: "(3)", fmt: DEC },
      { key: "tpa", head: [T, "Diangkut ke TPA"], role: "realisasi", year: 2024, num: "(4)", fmt: DEC },
      { key: "r3", head: [T, "Diolah TPS3R"], role: "realisasi", year: 2024, num: "(5)", fmt: DEC },
      { key: "bs", head: [T, "Bank Sampah"], role: "realisasi", year: 2024, num: "(6)", fmt: DEC },
      { key: "j", head: [T, "Jumlah"], role: "realisasi", year: 2024, num: "(7) = (4)+(5)+(6)", fmt: DEC },
      {
        key: "p",
        head: ["Persentase Tertangani (%)"],
        role: "capaian",
        year: 2024,
        num: "(8) = (7)/(3) x 100",
        fmt: DEC,
      },
      { key: "sisa", head: ["Belum Tertangani (ton/hari)"], num: "(9) = (3)-(7)", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          pd: k.pd,
          tm: k.tm,
          tpa: k.tpa,
          r3: k.r3,
          bs: k.bs,
          j: fx(`${c.a("tpa")}+${c.a("r3")}+${c.a("bs")}`),
          // planted: Rangkui Hilir's % typed 108.40 (24.1 / 29.1 = 82.82)
          p: k.id === "k4" ? 108.4 : fx(`ROUND(${c.a("j")}/${c.a("tm")}*100,2)`),
          sisa: fx(`${c.a("tm")}-${c.a("j")}`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, Cell> = { no: "JUMLAH" };
          for (const k of ["pd", "tm", "tpa", "bs", "j", "sisa"])
            out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k6")})`);
          // planted: TPS3R total one row short
          out.r3 = fx(`SUM(${c.a("r3", "k1")}:${c.a("r3", "k5")})`);
          out.p = fx(`ROUND(${c.a("j")}/${c.a("tm")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: UPTD Kebersihan, timbangan jembatan TPA Air Lintang dan laporan TPS3R / bank sampah."]);
  const a = (k: string, id: string) => t.a(k, id);
  const ids = K.map((k) => k.id);
  b.plant({
    at: { sheet: S, cell: a("p", "k4") },
    rules: ["capaian-mismatch", "percent-out-of-range", "hardcoded-value"],
    note: "% tertangani of Rangkui Hilir is a typed 108.40 (more sampah handled than generated); 24.1 / 29.1 x 100 gives 82.82",
    truth: `ROUND(${a("j", "k4")}/${a("tm", "k4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("r3", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH diolah TPS3R is =SUM over five kecamatan (10.80); with Girimaya Hulu's 1.20 it is 12.00",
    truth: `SUM(${a("r3", "k1")}:${a("r3", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("j", "k1")}:${a("j", "k6")})/SUM(${a("tm", "k1")}:${a("tm", "k6")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "k1")}:${a("p", "k6")}),2)`,
  });
  for (const id of ids.filter((x) => x !== "k4"))
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("j", id)}/${a("tm", id)}*100,2)`,
    });
  for (const id of ["k1", "k4", "k6"])
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("tpa", id)}+${a("r3", id)}+${a("bs", id)}`,
    });
  for (const k of ["tm", "tpa"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  b.ok({
    sheet: S,
    cell: a("sisa", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("tm", "tot")}-${a("j", "tot")}`,
  });
  return b.finish();
}

/** Retribusi kebersihan per triwulan beside the sampah masuk TPA per bulan, DLH Lereng Arjasari. */
export function retribusiTpa(): BookW {
  const b = new BookW(
    "retribusi-kebersihan-tpa-bulanan-lereng-arjasari-2024.xlsx",
    "Rekap retribusi kebersihan dan TPA (DLH)",
    "Two tables side by side on one sheet: retribusi pelayanan persampahan per triwulan (Target | Realisasi | %) with a Jumlah row; sampah masuk TPA per bulan (ton, ritase) with Jumlah and Rata-rata per bulan rows; one empty column between, different heights",
  );
  const S = "Retribusi dan TPA 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LERENG ARJASARI", "DINAS LINGKUNGAN HIDUP - UPT TPA SENTUL ARJASARI"]);
  s.lines(["LAPORAN RETRIBUSI PELAYANAN PERSAMPAHAN/KEBERSIHAN DAN SAMPAH MASUK TPA TAHUN 2024"]);
  s.gap();
  const top = s.r;
  const Q = [
    { id: "q1", tw: "Triwulan I", t: 612_500_000, r: 548_730_000 },
    { id: "q2", tw: "Triwulan II", t: 612_500_000, r: 601_245_000 },
    { id: "q3", tw: "Triwulan III", t: 612_500_000, r: 633_180_000 },
    { id: "q4", tw: "Triwulan IV", t: 612_500_000, r: 587_965_000 },
  ];
  const rt = s.table({
    cols: [
      { key: "tw", head: ["Periode"], width: 16 },
      {
        key: "t",
        head: ["Retribusi Kebersihan", "Target (Rp)"],
        role: "target",
        year: 2024,
        fmt: RP,
        width: 16,
      },
      {
        key: "r",
        head: ["Retribusi Kebersihan", "Realisasi (Rp)"],
        role: "realisasi",
        year: 2024,
        fmt: RP,
        width: 16,
      },
      { key: "p", head: ["Retribusi Kebersihan", "% Realisasi"], role: "capaian", year: 2024, fmt: DEC },
    ],
    headerRows: 2,
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({ tw: q.tw, t: q.t, r: q.r, p: fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`) }),
      })),
      {
        id: "j",
        bold: true,
        cells: (c) => ({
          tw: "Jumlah 2024",
          t: fx(`SUM(${c.a("t", "q1")}:${c.a("t", "q4")})`),
          // planted: stale cached result from before Triwulan IV was entered
          r: fx(`SUM(${c.a("r", "q1")}:${c.a("r", "q4")})`, 1_783_155_000),
          p: fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
        }),
      },
    ],
  });
  const months = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
  ];
  const ton = [
    5_412.6, 4_987.3, 5_530.8, 5_318.2, 5_604.5, 5_291.7, 5_476.9, 5_588.1, 5_362.4, 5_501.3, 5_447.8,
    5_869.2,
  ];
  const rit = [1_284, 1_176, 1_301, 1_262, 1_318, 1_249, 1_290, 1_312, 1_268, 1_297, 1_285, 1_372];
  // planted: Jumlah ton typed 450 ton above the sum of the twelve months
  const tonSum = Math.round(ton.reduce((x, y) => x + y, 0) * 10) / 10;
  const TYPED = Math.round((tonSum + 450) * 10) / 10;
  const tt = s.table(
    {
      cols: [
        { key: "bl", head: ["Bulan"], width: 12 },
        {
          key: "ton",
          head: ["Sampah Masuk TPA", "Berat (ton)"],
          role: "realisasi",
          year: 2024,
          fmt: "#,##0.0",
          width: 13,
        },
        { key: "rit", head: ["Sampah Masuk TPA", "Ritase"], role: "realisasi", year: 2024, fmt: INT },
      ],
      headerRows: 2,
      rows: [
        ...months.map((m, i): Row => ({ id: `m${i + 1}`, cells: { bl: m, ton: ton[i], rit: rit[i] } })),
        {
          id: "j",
          bold: true,
          cells: (c) => ({
            bl: "Jumlah",
            ton: TYPED,
            rit: fx(`SUM(${c.a("rit", "m1")}:${c.a("rit", "m12")})`),
          }),
        },
        {
          id: "avg",
          cells: (c) => ({
            bl: "Rata-rata/bulan",
            ton: fx(`ROUND(AVERAGE(${c.a("ton", "m1")}:${c.a("ton", "m12")}),1)`),
            rit: fx(`ROUND(AVERAGE(${c.a("rit", "m1")}:${c.a("rit", "m12")}),0)`),
          }),
        },
      ],
    },
    6,
    top,
  );
  s.gap();
  signature(s, 2, {
    tempat: "Arjasari, 10 Januari 2025",
    jabatan: ["KEPALA UPT TPA SENTUL ARJASARI"],
    nama: "BAMBANG SETYO PRAKOSO, S.T.",
    nip: "19820417 200801 1 009",
  });
  const a = (k: string, id: string) => rt.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah realisasi retribusi is =SUM of the four quarters with a stale cached 1,783,155,000 (the first three); the quarters give 2,371,120,000",
    truth: `${a("r", "q1")}+${a("r", "q2")}+${a("r", "q3")}+${a("r", "q4")}`,
  });
  b.plant({
    at: { sheet: S, cell: tt.a("ton", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah sampah masuk TPA typed 450 ton more than the twelve months add up to",
    truth: `SUM(${tt.a("ton", "m1")}:${tt.a("ton", "m12")})`,
    tol: 0.06,
  });
  for (const id of ["q1", "q2", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("t", "j"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("t", "q1")}:${a("t", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: tt.a("rit", "j"),
    rules: ["sum-mismatch"],
    truth: `SUM(${tt.a("rit", "m1")}:${tt.a("rit", "m12")})`,
  });
  b.ok({
    sheet: S,
    cell: tt.a("ton", "avg"),
    rules: ["sum-mismatch"],
    truth: `ROUND(SUM(${tt.a("ton", "m1")}:${tt.a("ton", "m12")})/12,1)`,
    trap: `SUM(${tt.a("ton", "m1")}:${tt.a("ton", "m12")})`,
    tol: 0.06,
  });
  b.ok({
    sheet: S,
    cell: tt.a("rit", "avg"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${tt.a("rit", "j")}/12,0)`,
    trap: tt.a("rit", "j"),
    tol: 0.6,
  });
  return b.finish();
}
