// LKjIP and the recap of bansos per kecamatan of the Dinas Sosial Kabupaten Wae Lolong (Maluku); PK with
// its Renstra and the recap of panti and KUBE of the Dinas Sosial Kabupaten Sungai Ranau (Jambi). Invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 capaian table, Dinas Sosial Wae Lolong: negatives marked *) and measured by refleksi. */
export function lkjipDinsos(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-dinsos-wae-lolong.xlsx",
    "LKjIP capaian kinerja (Dinas Sosial)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator (negatives marked *)) | Satuan | Target | Realisasi | Capaian (%) | Kategori; ROUND formulas, refleksi on negatives; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Capaian Kinerja Sasaran Dinas Sosial Kabupaten Wae Lolong Tahun 2024"]);
  s.gap();
  const SA = "Meningkatnya kemandirian keluarga miskin";
  const SB = "Meningkatnya penanganan PPKS";
  const I = [
    {
      id: "i1",
      sas: SA,
      ind: "Persentase KPM PKH yang graduasi mandiri",
      sat: "%",
      neg: false,
      t: 5,
      r: 4.6,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Persentase data DTKS yang dimutakhirkan",
      sat: "%",
      neg: false,
      t: 75,
      r: 68.2,
    },
    {
      id: "i3",
      sas: SB,
      ind: "Jumlah PMKS terlantar yang belum tertangani *)",
      sat: "orang",
      neg: true,
      t: 420,
      r: 378,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Persentase bansos yang tidak tepat sasaran *)",
      sat: "%",
      neg: true,
      t: 3,
      r: 3.6,
    },
    { id: "i5", sas: SB, ind: "Persentase KUBE yang aktif berusaha", sat: "%", neg: false, t: 80, r: 61.5 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const kat: Record<string, string> = {
    i1: "Sangat Baik",
    i2: "Baik",
    i3: "Sangat Baik",
    i4: "Sangat Baik",
    i5: "Baik",
  };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024 },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "k", head: ["Kategori"], role: "predikat" },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted: the bansos tidak tepat sasaran row (negative) uses R / T
          c: fx(cap(x.id === "i4" ? false : x.neg, c.a("t"), c.a("r"))),
          // planted: i2 (90.93) written Baik
          k: kat[x.id],
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "*) indikator negatif: capaian = (2 x target - realisasi) / target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Persentase bansos tidak tepat sasaran (negative) computed as R / T = 120.00; refleksi (6 - 3.6) / 3 gives 80.00",
    truth: cap(true, a("t", "i4"), a("r", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("k", "i2") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for 90.93 (68.2 / 75); > 90 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i3"), a("r", "i3")),
    trap: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i3", "i5"])
    b.ok({ sheet: S, cell: a("k", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dinas Sosial Sungai Ranau beside its Renstra 2025-2029. */
export function pkDinsos(): BookW {
  const b = new BookW(
    "pk-2025-renstra-dinsos-sungai-ranau.xlsx",
    "PK 2025 with Renstra (Dinas Sosial)",
    "sheet 'Perjanjian Kinerja': statement, No | Indikator Kinerja | Satuan | Target Tahun 2025 | Penjelasan; No | Program | Anggaran | Sumber Dana with typed Jumlah; sheet 'Renstra': Tujuan/Sasaran (merged) | Indikator | Kondisi Awal | Target 2025..2029 | Target Akhir",
  );
  const R = "Renstra";
  const P = "Perjanjian Kinerja";
  const ind = [
    { id: "a", ind: "Persentase PPKS yang tertangani di panti", sat: "%", awal: 68, k: [72, 75, 78, 81, 84] },
    { id: "b", ind: "Persentase KPM PKH yang graduasi mandiri", sat: "%", awal: 4.2, k: [5, 6, 7, 8.5, 10] },
    { id: "c", ind: "Persentase DTKS yang dimutakhirkan", sat: "%", awal: 62, k: [70, 75, 80, 85, 90] },
    {
      id: "d",
      ind: "Jumlah KUBE yang menerima bantuan usaha ekonomi produktif",
      sat: "KUBE",
      awal: 35,
      k: [40, 40, 45, 45, 50],
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  letterhead(rs, [
    "RENCANA STRATEGIS DINAS SOSIAL KABUPATEN SUNGAI RANAU 2025-2029",
    "Tabel 5.1 Target Kinerja",
  ]);
  const rt = rs.table({
    cols: [
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
      ...Y.map((y): Col => ({ key: `y${y}`, head: ["Target Tahun", String(y)], role: "target", year: y })),
      { key: "ak", head: ["Target Akhir Renstra (2029)"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: ind.map((x) => ({
      id: x.id,
      cells: {
        sas:
          x.id === "d"
            ? "Meningkatnya pemberdayaan sosial"
            : "Meningkatnya perlindungan dan rehabilitasi sosial",
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(Y.map((y, i) => [`y${y}`, x.k[i]])),
        ak: x.id === "d" ? x.k.reduce((p, q) => p + q, 0) : x.k[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS SOSIAL KABUPATEN SUNGAI RANAU"]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini",
    "dalam rangka mencapai target kinerja jangka menengah seperti ditetapkan dalam dokumen Renstra.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target Tahun 2025"], role: "target", year: 2025 },
      { key: "pj", head: ["Penjelasan"], role: "keterangan", width: 24 },
    ],
    headerRows: 1,
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: DTKS target is the Renstra 2027 value 80 (2025: 70)
      cells: { no: i + 1, ind: x.ind, sat: x.sat, tg: x.id === "c" ? 80 : x.k[0], pj: "IKU Renstra" },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 4_215_380_000 },
    { id: "p2", nm: "Program Pemberdayaan Sosial", rp: 1_148_600_000 },
    { id: "p3", nm: "Program Rehabilitasi Sosial", rp: 3_902_750_000 },
    { id: "p4", nm: "Program Perlindungan dan Jaminan Sosial", rp: 2_364_900_000 },
    { id: "p5", nm: "Program Penanganan Bencana", rp: 612_400_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, nm: x.nm, rp: x.rp, sd: "APBD Kabupaten" },
      })),
      // planted: typed Jumlah 12,424,030,000; the programs add up to 12,244,030,000
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 12_424_030_000 } },
    ],
  });
  pk.gap();
  signature(pk, 2, {
    tempat: "Muara Ranau, 6 Januari 2025",
    jabatan: ["KEPALA DINAS SOSIAL"],
    nama: "Hj. NURHAYATI SIREGAR, S.Sos., M.M.",
    nip: "19760321 200003 2 004",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of DTKS dimutakhirkan is 80, the Renstra 2027 target; the Renstra 2025 target is 70",
    truth: `'${R}'!${rt.a("y2025", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah typed 12,424,030,000; the five programs add up to 12,244,030,000 (digits swapped)",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p5")})`,
  });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  const ys = (id: string) => Y.map((y) => rt.a(`y${y}`, id)).join("+");
  for (const id of ["a", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: ys(id),
    });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "d"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ys("d"),
    trap: rt.a("y2029", "d"),
  });
  return b.finish();
}

/** Penyaluran bansos sembako per kecamatan 2024, Dinas Sosial Wae Lolong. */
export function rekapBansos(): BookW {
  const b = new BookW(
    "rekap-penyaluran-bansos-kecamatan-wae-lolong.xlsx",
    "Rekap penyaluran bansos per kecamatan (Dinas Sosial)",
    "per kecamatan: Alokasi KPM | Tersalur Tunai (Pos) | Non Tunai (KKS) | Jumlah '(6) = (4)+(5)' | % '(7) = (6)/(3) x 100' | Nilai (Rp) | Keterangan; JUMLAH row with SUM, % of totals",
  );
  const S = "Bansos 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS SOSIAL KABUPATEN WAE LOLONG", "Bidang Perlindungan dan Jaminan Sosial"]);
  s.lines(["REKAPITULASI PENYALURAN BANTUAN SOSIAL SEMBAKO PER KECAMATAN TAHUN 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Wae Lolong Kota", al: 1842, tt: 210, nt: 1588 },
    { id: "k2", nm: "Leitimur Tengah", al: 1275, tt: 186, nt: 1052 },
    { id: "k3", nm: "Tanjung Sial", al: 968, tt: 240, nt: 701 },
    { id: "k4", nm: "Pulau Kasuari", al: 412, tt: 158, nt: 230 },
    { id: "k5", nm: "Negeri Hatu", al: 1530, tt: 175, nt: 1320 },
  ];
  const T = "KPM Tersalur";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      { key: "al", head: ["Alokasi KPM"], role: "target", year: 2024, num: "(3)", fmt: INT },
      { key: "tt", head: [T, "Tunai (PT Pos)"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "nt", head: [T, "Non Tunai (KKS)"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      { key: "j", head: [T, "Jumlah"], role: "realisasi", year: 2024, num: "(6) = (4)+(5)", fmt: INT },
      { key: "p", head: ["% Tersalur"], role: "capaian", year: 2024, num: "(7) = (6)/(3) x 100", fmt: DEC },
      {
        key: "rp",
        head: ["Nilai Tersalur (Rp)"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(8)",
        fmt: RP,
        width: 18,
      },
      { key: "ket", head: ["Ket."], role: "keterangan", num: "(9)" },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          al: k.al,
          tt: k.tt,
          nt: k.nt,
          j: fx(`${c.a("tt")}+${c.a("nt")}`),
          // planted: Pulau Kasuari % typed 105.83 (388 of 412 KPM is 94.17)
          p: k.id === "k4" ? 105.83 : fx(`ROUND(${c.a("j")}/${c.a("al")}*100,2)`),
          rp: (k.tt + k.nt) * 2_400_000,
          ket: k.id === "k4" ? "kapal" : "-",
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, Cell> = { no: "JUMLAH" };
          for (const x of ["al", "tt", "nt", "j"]) out[x] = fx(`SUM(${c.a(x, "k1")}:${c.a(x, "k5")})`);
          out.p = fx(`ROUND(${c.a("j")}/${c.a("al")}*100,2)`);
          // planted: SUM one row short (Negeri Hatu left out)
          out.rp = fx(`SUM(${c.a("rp", "k1")}:${c.a("rp", "k4")})`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: SIKS-NG dan laporan PT Pos Indonesia Cabang Wae Lolong. Indeks bantuan Rp200.000/KPM/bulan.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "k4") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "% tersalur of Pulau Kasuari typed 105.83 (more KPM than allocated is impossible); 388 / 412 x 100 = 94.17",
    truth: `ROUND(${a("j", "k4")}/${a("al", "k4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Nilai Tersalur is =SUM over the first four kecamatan (10,476,000,000); with Negeri Hatu it is 14,064,000,000",
    truth: `SUM(${a("rp", "k1")}:${a("rp", "k5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("j", "tot")}/${a("al", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "k1")}:${a("p", "k5")}),2)`,
  });
  for (const id of ["k1", "k3", "k5"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("j", id)}/${a("al", id)}*100,2)`,
    });
  for (const id of ["k2", "k4"])
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: `${a("tt", id)}+${a("nt", id)}` });
  for (const x of ["al", "j"])
    b.ok({ sheet: S, cell: a(x, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(x, "k1")}:${a(x, "k5")})` });
  return b.finish();
}

/** PPKS handled in the panti per triwulan beside the KUBE per kecamatan, Dinas Sosial Sungai Ranau. */
export function rekapPanti(): BookW {
  const b = new BookW(
    "rekap-ppks-panti-kube-sungai-ranau.xlsx",
    "Rekap PPKS di panti dan KUBE (Dinas Sosial)",
    "two tables side by side: PPKS ditangani per triwulan (anak / lansia / disabilitas, Jumlah '(5) = (2)+(3)+(4)', penghuni akhir triwulan as a level, target, capaian) and KUBE per kecamatan (KUBE, anggota KK, bantuan UEP, rata-rata per KUBE), each with a Jumlah row",
  );
  const S = "Panti dan KUBE 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS SOSIAL KABUPATEN SUNGAI RANAU",
    "UPTD Panti Sosial Bina Harapan dan Bidang Pemberdayaan Sosial",
  ]);
  s.lines(["Rekapitulasi Penanganan PPKS dalam Panti dan KUBE Tahun 2024"]);
  s.gap();
  const top = s.r;
  const Q = [
    { id: "q1", tw: "Triwulan I", an: 14, lu: 22, ds: 9, ph: 61, tg: 45 },
    { id: "q2", tw: "Triwulan II", an: 18, lu: 19, ds: 12, ph: 64, tg: 45 },
    { id: "q3", tw: "Triwulan III", an: 11, lu: 25, ds: 8, ph: 60, tg: 50 },
    { id: "q4", tw: "Triwulan IV", an: 16, lu: 21, ds: 10, ph: 63, tg: 50 },
  ];
  const G = "PPKS Ditangani (orang)";
  const ta = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
        { key: "an", head: [G, "Anak Terlantar"], role: "realisasi", year: 2024, num: "(2)", fmt: INT },
        {
          key: "lu",
          head: [G, "Lanjut Usia Terlantar"],
          role: "realisasi",
          year: 2024,
          num: "(3)",
          fmt: INT,
        },
        {
          key: "ds",
          head: [G, "Penyandang Disabilitas"],
          role: "realisasi",
          year: 2024,
          num: "(4)",
          fmt: INT,
        },
        { key: "j", head: [G, "Jumlah"], role: "realisasi", year: 2024, num: "(5) = (2)+(3)+(4)", fmt: INT },
        { key: "ph", head: ["Penghuni Akhir Triwulan"], role: "lainnya", num: "(6)", fmt: INT },
        { key: "tg", head: ["Target"], role: "target", year: 2024, num: "(7)", fmt: INT },
        {
          key: "c",
          head: ["Capaian (%)"],
          role: "capaian",
          year: 2024,
          num: "(8) = (5)/(7) x 100",
          fmt: DEC,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...Q.map((q): Row => ({
          id: q.id,
          cells: (c) => ({
            tw: q.tw,
            an: q.an,
            lu: q.lu,
            ds: q.ds,
            // planted: Triwulan II Jumlah has a stale cached 52 (18 + 19 + 12 = 49)
            j: fx(`${c.a("an")}+${c.a("lu")}+${c.a("ds")}`, q.id === "q2" ? 52 : undefined),
            ph: q.ph,
            tg: q.tg,
            c: fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => {
            const out: Record<string, Cell> = { tw: "Jumlah 2024" };
            for (const k of ["an", "lu", "ds", "j", "tg"])
              out[k] = fx(`SUM(${c.a(k, "q1")}:${c.a(k, "q4")})`);
            out.ph = fx(c.a("ph", "q4"));
            out.c = fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`);
            return out;
          },
        },
      ],
    },
    1,
    top,
  );
  const KB = [
    { id: "b1", nm: "Ranau Hilir", n: 6, ang: 58, rp: 120_000_000 },
    { id: "b2", nm: "Ranau Hulu", n: 4, ang: 41, rp: 80_000_000 },
    { id: "b3", nm: "Muara Sekampung", n: 8, ang: 79, rp: 164_000_000 },
    { id: "b4", nm: "Bukit Talang", n: 3, ang: 30, rp: 60_000_000 },
    { id: "b5", nm: "Pematang Jering", n: 5, ang: 52, rp: 100_000_000 },
  ];
  const U = "Bantuan UEP";
  const tb = s.table(
    {
      cols: [
        { key: "nm", head: ["Kecamatan"], role: "lokasi", width: 18 },
        { key: "n", head: ["KUBE Dibentuk"], role: "realisasi", year: 2024, fmt: INT },
        { key: "ang", head: ["Anggota (KK)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "rp", head: [U, "Nilai (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
        { key: "rt", head: [U, "Rata-rata per KUBE (Rp)"], role: "lainnya", fmt: RP, width: 16 },
      ],
      headerRows: 2,
      rows: [
        ...KB.map((k): Row => ({
          id: k.id,
          cells: (c) => ({
            nm: k.nm,
            n: k.n,
            ang: k.ang,
            rp: k.rp,
            rt: fx(`ROUND(${c.a("rp")}/${c.a("n")},0)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            nm: "Jumlah",
            n: fx(`SUM(${c.a("n", "b1")}:${c.a("n", "b5")})`),
            // planted: typed 268; the kecamatan add up to 260
            ang: 268,
            rp: fx(`SUM(${c.a("rp", "b1")}:${c.a("rp", "b5")})`),
            rt: fx(`ROUND(${c.a("rp")}/${c.a("n")},0)`),
          }),
        },
      ],
    },
    ta.right + 2,
    top,
  );
  s.gap();
  s.lines(["Penghuni akhir triwulan adalah keadaan (stok), bukan jumlah penanganan."]);
  s.gap();
  signature(s, 10, {
    tempat: "Muara Ranau, 10 Januari 2025",
    jabatan: ["KEPALA DINAS SOSIAL"],
    nama: "Hj. NURHAYATI SIREGAR, S.Sos., M.M.",
    nip: "19760321 200003 2 004",
  });
  const a = (k: string, id: string) => ta.a(k, id);
  const bb = (k: string, id: string) => tb.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "q2") },
    rules: ["sum-mismatch"],
    note: "Triwulan II Jumlah =B+C+D shows a stale cached 52; 18 + 19 + 12 = 49",
    truth: `${a("an", "q2")}+${a("lu", "q2")}+${a("ds", "q2")}`,
  });
  b.plant({
    at: { sheet: S, cell: bb("ang", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah anggota KUBE typed 268; the five kecamatan add up to 260",
    truth: `SUM(${bb("ang", "b1")}:${bb("ang", "b5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ph", "tot"),
    rules: ["sum-mismatch"],
    truth: a("ph", "q4"),
    trap: `SUM(${a("ph", "q1")}:${a("ph", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: bb("rt", "tot"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${bb("rp", "tot")}/${bb("n", "tot")},0)`,
    trap: `ROUND(AVERAGE(${bb("rt", "b1")}:${bb("rt", "b5")}),0)`,
    tol: 1,
  });
  for (const id of ["q1", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("an", id)}+${a("lu", id)}+${a("ds", id)}`,
    });
  for (const id of ["q1", "q4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("j", id)}/${a("tg", id)}*100,2)`,
    });
  for (const k of ["n", "rp"])
    b.ok({
      sheet: S,
      cell: bb(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${bb(k, "b1")}:${bb(k, "b5")})`,
    });
  return b.finish();
}
