// LKjIP, PK with its Renstra, the BOR/ALOS recap per ruang rawat and the pendapatan BLUD / kunjungan
// recap per triwulan of two RSUD Jiwa (Sumatera Barat, Kalimantan Timur). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

// (Roles "program", "komponen" and "total" were written for some columns here: they are kinds of
// row, not column roles of the report contract, so those columns are left unscored.)

/** LKjIP 2025 of the RSUD Jiwa Sirih Gadang, Kota Batu Ranggas: refleksi on the negative rows. */
export function lkjipRsJiwa(): BookW {
  const b = new BookW(
    "lkjip-2025-capaian-rsud-jiwa-batu-ranggas.xlsx",
    "LKjIP capaian (RSUD Jiwa)",
    "LKjIP 2025 Tabel 3.2: No | Sasaran | Indikator | Satuan | Target | Realisasi | Capaian (%) | Kategori; sasaran merged; (2T-R)/T for ALOS and kekambuhan; Rata-rata row",
  );
  const S = "Capaian IKU 2025";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Utama RSUD Jiwa Sirih Gadang Tahun 2025"]);
  s.gap();
  const I = [
    { id: "i1", ind: "Bed Occupancy Rate (BOR)", sat: "%", neg: false, t: 76, r: 77.2 },
    { id: "i2", ind: "Average Length of Stay (ALOS) pasien jiwa", sat: "hari", neg: true, t: 21, r: 23.1 },
    { id: "i3", ind: "Angka kekambuhan pasien dalam 30 hari", sat: "%", neg: true, t: 12, r: 9.6 },
    { id: "i4", ind: "Persentase pendapatan BLUD terhadap target", sat: "%", neg: false, t: 100, r: 64.8 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "t", head: ["Target 2025"], role: "target", year: 2025 },
    { key: "r", head: ["Realisasi 2025"], role: "realisasi", year: 2025 },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2025, fmt: DEC },
    { key: "p", head: ["Kategori"], role: "predikat", year: 2025 },
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
          sas:
            i < 3 ? "Meningkatnya mutu pelayanan kesehatan jiwa" : "Meningkatnya kemandirian keuangan BLUD",
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted: ALOS (negative) computed as R / T = 110.00; refleksi gives 90.00
          c: fx(x.id === "i2" ? cap(false, c.a("t"), c.a("r")) : cap(x.neg, c.a("t"), c.a("r"))),
          // planted: "Cukup" for 64.80 (band > 50 - 65 is Kurang)
          p: { i1: "Sangat Baik", i2: "Sangat Baik", i3: "Sangat Baik", i4: "Cukup" }[x.id],
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i4")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "ALOS (lower is better) computed as R / T = 23.1 / 21 = 110.00; refleksi (2 x 21 - 23.1) / 21 gives 90.00",
    truth: cap(true, a("t", "i2"), a("r", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "kategori 'Cukup' for 64.80; the band > 50 - 65 is Kurang",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i3"), a("r", "i3")),
    trap: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  for (const id of ["i1", "i4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2026 of the Direktur RSUD Jiwa Tanjung Mentawir, with the Renstra 2025-2029 sheet. */
export function pkRsJiwa(): BookW {
  const b = new BookW(
    "pk-2026-direktur-rsud-jiwa-tanjung-mentawir.xlsx",
    "PK 2026 with Renstra (RSUD Jiwa)",
    "sheet 'Renstra IKU': Baseline 2024 | 2025..2029 | Akhir Renstra; sheet 'PK Direktur 2026': letterhead, indicator table, Program | Anggaran with JUMLAH, signatures",
  );
  const R = "Renstra IKU";
  const P = "PK Direktur 2026";
  const ind = [
    { id: "a", ind: "Bed Occupancy Rate (BOR)", sat: "%", awal: 68.4, k: [70, 72, 74, 75, 76] },
    {
      id: "b",
      ind: "Angka kekambuhan pasien dalam 30 hari",
      sat: "%",
      awal: 14.2,
      k: [13.5, 12.8, 12, 11.2, 10.5],
    },
    { id: "c", ind: "Cost Recovery Rate BLUD", sat: "%", awal: 58.3, k: [60, 63, 66, 69, 72] },
  ];
  const rs = b.sheet(R);
  rs.lines(["IKU dan Target Renstra RSUD Jiwa Kabupaten Tanjung Mentawir 2025-2029"]);
  rs.gap();
  const YS = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Baseline 2024"], role: "kondisi-awal", year: 2024 },
      ...YS.map((y): Col => ({ key: `y${y}`, head: ["Target", String(y)], role: "target", year: y })),
      { key: "ak", head: ["Akhir Renstra (2029)"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(YS.map((y, j) => [`y${y}`, x.k[j]])),
        ak: x.k[4],
      },
    })),
  });
  const pk = b.sheet(P);
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2026", "DIREKTUR RSUD JIWA KABUPATEN TANJUNG MENTAWIR"]);
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target", year: 2026 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the kekambuhan target is the Renstra 2027 value 12 (2026: 12.8)
      cells: {
        no: i + 1,
        sas: "Meningkatnya mutu dan kemandirian layanan jiwa",
        ind: x.ind,
        sat: x.sat,
        tg: x.id === "b" ? 12 : x.k[1],
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten", rp: 38_412_750_000 },
    {
      id: "p2",
      nm: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      rp: 21_906_300_000,
    },
    { id: "p3", nm: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", rp: 1_284_500_000 },
  ];
  const gt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2026, fmt: RP, width: 20 },
      { key: "ket", head: ["Sumber"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((p, i): Row => ({
        id: p.id,
        cells: { no: i + 1, nm: p.nm, rp: p.rp, ket: i === 0 ? "BLUD + APBD" : "APBD" },
      })),
      // planted: JUMLAH typed 61,063,550,000; the three programs give 61,603,550,000
      { id: "tot", bold: true, span: ["no", "nm"], cells: { no: "JUMLAH", rp: 61_063_550_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanjung Mentawir, 5 Januari 2026",
    jabatan: ["Direktur RSUD Jiwa"],
    nama: "dr. RATNA KUSUMAWARDANI, Sp.KJ, M.Kes",
    nip: "19800314 200803 2 001",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y2026", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2026 target of angka kekambuhan is 12 (the Renstra 2027 target); Renstra 2026 is 12.8",
    truth: `'${R}'!${rt.a("y2026", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH typed 61,063,550,000; the three programs add up to 61,603,550,000",
    truth: `SUM(${gt.a("rp", "p1")}:${gt.a("rp", "p3")})`,
  });
  for (const id of ["a", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2026", id)}`,
    });
  for (const id of ["a", "b", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: YS.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Recap of BOR / ALOS per ruang rawat inap, RSUD Jiwa Sirih Gadang, 2025 (Barber-Johnson inputs). */
export function rekapRuang(): BookW {
  const b = new BookW(
    "rekap-bor-alos-ruang-rawat-rsud-jiwa-batu-ranggas.xlsx",
    "Rekap BOR/ALOS per ruang (RSUD Jiwa)",
    "per ruang: TT | Pasien keluar | Hari perawatan | Lama dirawat | BOR % = (4)/((2) x 365) x 100 | ALOS = (5)/(3); number row with identities; JUMLAH row whose BOR/ALOS are ratios of totals",
  );
  const S = "BOR ALOS 2025";
  const s = b.sheet(S);
  letterhead(s, ["RSUD JIWA SIRIH GADANG KOTA BATU RANGGAS", "Instalasi Rekam Medik"]);
  s.lines(["Rekapitulasi Indikator Pelayanan Rawat Inap per Ruang Tahun 2025"]);
  s.gap();
  const R = [
    { id: "u1", nm: "Ruang Merpati (akut pria)", tt: 30, kel: 412, hp: 9286, ld: 9105 },
    { id: "u2", nm: "Ruang Cendrawasih (akut wanita)", tt: 24, kel: 318, hp: 6877, ld: 6702 },
    { id: "u3", nm: "Ruang Kenari (tenang)", tt: 40, kel: 265, hp: 11972, ld: 11840 },
    { id: "u4", nm: "Ruang NAPZA", tt: 12, kel: 96, hp: 2904, ld: 2850 },
    { id: "u5", nm: "Ruang Intensif Psikiatri (PICU)", tt: 8, kel: 188, hp: 2390, ld: 1504 },
  ];
  const cols: Col[] = [
    { key: "nm", head: ["Ruang Perawatan"], role: "lokasi", num: "(1)", width: 34 },
    { key: "tt", head: ["Tempat Tidur"], num: "(2)", fmt: INT },
    { key: "kel", head: ["Pasien Keluar (H+M)"], num: "(3)", fmt: INT },
    { key: "hp", head: ["Hari Perawatan"], num: "(4)", fmt: INT },
    { key: "ld", head: ["Lama Dirawat (hari)"], num: "(5)", fmt: INT },
    { key: "bor", head: ["BOR (%)"], role: "capaian", num: "(6) = (4)/((2) x 365) x 100", fmt: DEC },
    { key: "alos", head: ["ALOS (hari)"], role: "realisasi", num: "(7) = (5)/(3)", fmt: DEC },
  ];
  const borF = (x: { a: (k: string) => string }) => `ROUND(${x.a("hp")}/(${x.a("tt")}*365)*100,2)`;
  const alosF = (x: { a: (k: string) => string }) => `ROUND(${x.a("ld")}/${x.a("kel")},2)`;
  const t = s.table({
    cols,
    headerRows: 1,
    numberRow: "plain",
    rows: [
      ...R.map((u): Row => ({
        id: u.id,
        cells: (x) => ({
          nm: u.nm,
          tt: u.tt,
          kel: u.kel,
          hp: u.hp,
          ld: u.ld,
          // planted: PICU BOR typed 108.56 (hari perawatan over 365 x 6 TT); 2,390 / (8 x 365) = 81.85
          bor: u.id === "u5" ? 108.56 : fx(borF(x)),
          alos: fx(alosF(x)),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (x) => ({
          nm: "JUMLAH / RS",
          tt: fx(`SUM(${x.a("tt", "u1")}:${x.a("tt", "u5")})`),
          kel: fx(`SUM(${x.a("kel", "u1")}:${x.a("kel", "u5")})`),
          // planted: SUM one row short (stops at Ruang NAPZA)
          hp: fx(`SUM(${x.a("hp", "u1")}:${x.a("hp", "u4")})`),
          ld: fx(`SUM(${x.a("ld", "u1")}:${x.a("ld", "u5")})`),
          bor: fx(borF(x)),
          alos: fx(alosF(x)),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Keterangan: BOR ideal 60-85% (Depkes); ALOS rawat inap jiwa akut 14-28 hari."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("bor", "u5") },
    rules: ["capaian-mismatch", "percent-out-of-range", "hardcoded-value"],
    note: "BOR of the PICU typed 108.56 (over 100 is impossible); 2,390 / (8 x 365) x 100 = 81.85",
    truth: `ROUND(${a("hp", "u5")}/(${a("tt", "u5")}*365)*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("hp", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH hari perawatan SUM stops one row short (31,039); the five ruang give 33,429",
    truth: R.map((u) => a("hp", u.id)).join("+"),
  });
  for (const k of ["tt", "kel", "ld"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: R.map((u) => a(k, u.id)).join("+") });
  b.ok({
    sheet: S,
    cell: a("alos", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("ld", "tot")}/${a("kel", "tot")},2)`,
    trap: `ROUND(AVERAGE(${a("alos", "u1")}:${a("alos", "u5")}),2)`,
  });
  for (const id of ["u1", "u3"])
    b.ok({
      sheet: S,
      cell: a("bor", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("hp", id)}/(${a("tt", id)}*365)*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("alos", "u5"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("ld", "u5")}/${a("kel", "u5")},2)`,
  });
  return b.finish();
}

/** Pendapatan BLUD and kunjungan rawat jalan per triwulan, RSUD Jiwa Tanjung Mentawir, 2025 (row-wise). */
export function rekapBlud(): BookW {
  const b = new BookW(
    "rekap-pendapatan-blud-kunjungan-tw-rsud-jiwa-tanjung-mentawir.xlsx",
    "Rekap pendapatan BLUD per triwulan (RSUD Jiwa)",
    "'(dalam ribuan rupiah)'; rows = jenis pendapatan, columns TW I..IV | Jumlah '(6) = (2)+(3)+(4)+(5)' | Target | % '(8) = (6)/(7) x 100'; total row; a second table of kunjungan rawat jalan beside it with a % share column",
  );
  const S = "Pendapatan BLUD 2025";
  const s = b.sheet(S);
  s.lines([
    "Realisasi Pendapatan BLUD RSUD Jiwa Kabupaten Tanjung Mentawir per Triwulan Tahun 2025",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const J = [
    {
      id: "j1",
      nm: "Jasa layanan rawat jalan (umum)",
      q: [412_350, 438_900, 451_200, 476_800],
      tg: 1_750_000,
    },
    {
      id: "j2",
      nm: "Jasa layanan rawat inap (umum)",
      q: [615_400, 642_750, 668_300, 701_050],
      tg: 2_600_000,
    },
    { id: "j3", nm: "Klaim BPJS Kesehatan", q: [2_884_600, 3_012_450, 3_105_900, 3_298_300], tg: 12_500_000 },
    {
      id: "j4",
      nm: "Pendapatan lain-lain BLUD (sewa, diklat, parkir)",
      q: [38_200, 41_500, 39_800, 52_600],
      tg: 160_000,
    },
  ];
  const cols: Col[] = [
    { key: "nm", head: ["Jenis Pendapatan"], num: "(1)", width: 40 },
    ...["I", "II", "III", "IV"].map((w, i): Col => ({
      key: `q${i}`,
      head: ["Realisasi", `TW ${w}`],
      role: "realisasi",
      year: 2025,
      num: `(${i + 2})`,
      fmt: RP,
    })),
    // (the set wrote role "total", which is a kind of row, not a column role of the report
    // contract; the Jumlah of the quarters is left unscored)
    { key: "jml", head: ["Jumlah"], year: 2025, num: "(6) = (2)+(3)+(4)+(5)", fmt: RP },
    { key: "tg", head: ["Target"], role: "target", year: 2025, num: "(7)", fmt: RP },
    { key: "pct", head: ["% Capaian"], role: "capaian", year: 2025, num: "(8) = (6)/(7) x 100", fmt: DEC },
  ];
  const qsum = (x: { a: (k: string) => string }) => [0, 1, 2, 3].map((i) => x.a(`q${i}`)).join("+");
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...J.map((j): Row => ({
        id: j.id,
        cells: (x) => ({
          nm: j.nm,
          ...Object.fromEntries(j.q.map((v, i) => [`q${i}`, v])),
          // planted: Klaim BPJS Jumlah typed 12,031,250 (quarters give 12,301,250)
          jml: j.id === "j3" ? 12_031_250 : fx(qsum(x)),
          tg: j.tg,
          pct: fx(`ROUND(${x.a("jml")}/${x.a("tg")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (x) => ({
          nm: "TOTAL PENDAPATAN BLUD",
          ...Object.fromEntries(
            [0, 1, 2, 3].map((i) => [`q${i}`, fx(`SUM(${x.a(`q${i}`, "j1")}:${x.a(`q${i}`, "j4")})`)]),
          ),
          jml: fx(qsum(x)),
          tg: fx(`SUM(${x.a("tg", "j1")}:${x.a("tg", "j4")})`),
          pct: fx(`ROUND(${x.a("jml")}/${x.a("tg")}*100,2)`),
        }),
      },
    ],
  });
  // beside it: kunjungan rawat jalan per poli, with the share of the total
  const P = [
    { id: "k1", nm: "Poli Jiwa Dewasa", n: 14_820 },
    { id: "k2", nm: "Poli Jiwa Anak dan Remaja", n: 3_215 },
    { id: "k3", nm: "Poli NAPZA / PTRM", n: 2_406 },
    { id: "k4", nm: "Poli Psikologi", n: 1_987 },
  ];
  const top = t.top;
  const kt = s.table(
    {
      cols: [
        { key: "nm", head: ["Poliklinik"], role: "lokasi", num: "(a)", width: 28 },
        { key: "n", head: ["Kunjungan 2025"], role: "realisasi", year: 2025, num: "(b)", fmt: INT },
        { key: "sh", head: ["Proporsi (%)"], role: "capaian", num: "(c) = (b)/Total x 100", fmt: DEC },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...P.map((p): Row => ({
          id: p.id,
          cells: (x) => ({
            nm: p.nm,
            n: p.n,
            // planted: the Poli Jiwa Anak share caches a stale 21.70 (formula gives 14.33)
            sh: fx(`ROUND(${x.a("n")}/${x.a("n", "kt")}*100,2)`, p.id === "k2" ? 21.7 : undefined),
          }),
        })),
        {
          id: "kt",
          bold: true,
          cells: (x) => ({
            nm: "Total",
            n: fx(`SUM(${x.a("n", "k1")}:${x.a("n", "k4")})`),
            sh: fx(`ROUND(${x.a("n")}/${x.a("n")}*100,2)`),
          }),
        },
      ],
    },
    11,
    top,
  );
  s.gap();
  signature(s, 8, {
    tempat: "Tanjung Mentawir, 20 Januari 2026",
    jabatan: ["Kepala Bagian Keuangan", "Pejabat Keuangan BLUD"],
    nama: "SITI NURHALIZAH ARIFIN, S.E., M.Ak",
    nip: "19850707 201001 2 015",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (id: string) => [0, 1, 2, 3].map((i) => a(`q${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("jml", "j3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Klaim BPJS Jumlah typed 12,031,250; TW I-IV give 12,301,250",
    truth: q("j3"),
  });
  b.plant({
    at: { sheet: S, cell: kt.a("sh", "k2") },
    rules: ["capaian-mismatch"],
    note: "Proporsi of Poli Jiwa Anak caches a stale 21.70; 3,215 / 22,428 x 100 = 14.33",
    truth: `ROUND(${kt.a("n", "k2")}/${kt.a("n", "kt")}*100,2)`,
  });
  for (const id of ["j1", "j2", "j4"])
    b.ok({ sheet: S, cell: a("jml", id), rules: ["sum-mismatch"], truth: q(id) });
  for (const id of ["j1", "j4"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("jml", id)}/${a("tg", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("jml", "tot")}/${a("tg", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "j1")}:${a("pct", "j4")}),2)`,
  });
  for (const i of [0, 3])
    b.ok({
      sheet: S,
      cell: a(`q${i}`, "tot"),
      rules: ["sum-mismatch"],
      truth: J.map((j) => a(`q${i}`, j.id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: kt.a("n", "kt"),
    rules: ["sum-mismatch"],
    truth: P.map((p) => kt.a("n", p.id)).join("+"),
  });
  for (const id of ["k1", "k3"])
    b.ok({
      sheet: S,
      cell: kt.a("sh", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${kt.a("n", id)}/${kt.a("n", "kt")}*100,2)`,
    });
  return b.finish();
}
