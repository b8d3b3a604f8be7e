// The LKjIP 2024 measurement table of the Dinas Sosial of DI Yogyakarta (province, panti and SPM rates,
// two lower-is-better counts measured by refleksi), a PK 2025 of a Papua Barat Daya Dinas Sosial beside
// its Renstra 2025-2029 targets, and an IKU matrix 2023-2027 of the DIY Dinas Sosial with SAKIP targets.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  signature,
  type Cell,
  type Col,
  type Ctx,
} from "../forms/kit";

export function lkjipDinsosDiy(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-dinsos-diy-rehsos.xlsx",
    "LKjIP 2024 pengukuran kinerja Dinas Sosial DIY",
    "LKjIP 2024 Tabel 3.1: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Sifat (Positif / Negatif) | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Realisasi 2023; ROUND formulas, refleksi for the negative rows; typed predikat; Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA", "DINAS SOSIAL"]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Kinerja Sasaran Strategis Dinas Sosial DIY Tahun 2024"]);
  s.gap();
  const T = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "pol", head: ["Sifat"], role: "polaritas", width: 9 },
    { key: "t", head: [T, "Target"], role: "target", year: 2024, fmt: DEC, width: 9 },
    { key: "r", head: [T, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
    { key: "c", head: [T, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "p", head: [T, "Predikat"], role: "predikat", year: 2024, width: 12 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 9 },
  ];
  const S1 = "Meningkatnya pemenuhan kebutuhan dasar PPKS di dalam dan di luar panti";
  const S2 = "Menurunnya PPKS jalanan dan terlantar";
  type L = {
    id: string;
    sas: string;
    ind: string;
    sat: string;
    neg: boolean;
    t: number;
    r: number;
    r23: number;
  };
  const L: L[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase PPKS yang terpenuhi kebutuhan dasarnya di dalam panti (SPM)",
      sat: "%",
      neg: false,
      t: 100,
      r: 100,
      r23: 100,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase lanjut usia terlantar di dalam panti yang terpenuhi kebutuhan dasarnya",
      sat: "%",
      neg: false,
      t: 100,
      r: 96.8,
      r23: 95.1,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase penyandang disabilitas terlantar yang terlayani rehabilitasi sosial",
      sat: "%",
      neg: false,
      t: 85,
      r: 71.2,
      r23: 68.4,
    },
    {
      id: "i4",
      sas: S1,
      ind: "Persentase anak terlantar yang terpenuhi hak dasarnya",
      sat: "%",
      neg: false,
      t: 90,
      r: 92.5,
      r23: 88.3,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Jumlah gelandangan dan pengemis di jalanan",
      sat: "jiwa",
      neg: true,
      t: 210,
      r: 186,
      r23: 232,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Rasio ODGJ terlantar per 10.000 penduduk",
      sat: "rasio",
      neg: true,
      t: 1.24,
      r: 1.31,
      r23: 1.38,
    },
  ];
  const refl = (x: Ctx) => `ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`;
  const pos = (x: Ctx) => `ROUND(${x.a("r")}/${x.a("t")}*100,2)`;
  const cap = (l: L) => (l.neg ? ((2 * l.t - l.r) / l.t) * 100 : (l.r / l.t) * 100);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...L.map((l, i) => ({
        id: l.id,
        cells: (x: Ctx): Record<string, Cell> => ({
          no: i + 1,
          sas: l.sas,
          ind: l.ind,
          sat: l.sat,
          pol: l.neg ? "Negatif" : "Positif",
          t: l.t,
          r: l.r,
          // planted: the ODGJ ratio (negative) is computed R / T
          c: fx(l.neg && l.id !== "i6" ? refl(x) : pos(x)),
          // planted: i3's 83.76 is called Sangat Baik
          p: l.id === "i3" ? "Sangat Baik" : predikatBaik(l.id === "i6" ? (l.r / l.t) * 100 : cap(l)),
          r23: l.r23,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "t"],
        cells: (x: Ctx) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${x.a("c", "i1")}:${x.a("c", "i6")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator bersifat negatif (semakin kecil semakin baik) dihitung dengan rumus capaian = (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i6") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the ODGJ ratio (Negatif) is =ROUND(R/T*100,2) = 105.65; (2 x 1.24 - 1.31) / 1.24 x 100 gives 94.35, as the gepeng row computes",
    truth: `ROUND((2*${a("t", "i6")}-${a("r", "i6")})/${a("t", "i6")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "predikat Sangat Baik for 83.76 (71.2 of 85); the band > 75 - 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i5"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `(2*${a("t", "i5")}-${a("r", "i5")})/${a("t", "i5")}*100`,
    trap: `${a("r", "i5")}/${a("t", "i5")}*100`,
  });
  for (const id of ["i1", "i2", "i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `${a("r", id)}/${a("t", id)}*100`,
    });
  for (const id of ["i1", "i2", "i4", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["percent-out-of-range"],
    truth: `${a("r", "i4")}/${a("t", "i4")}*100`,
  });
  return b.finish();
}

export function pkDinsosPbd(): BookW {
  const b = new BookW(
    "pk-2025-kadinsos-renstra-sorong-tenggara.xlsx",
    "PK 2025 Kepala Dinas Sosial and Renstra 2025-2029",
    "sheet PK 2025: statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Program | Anggaran (Rp) | Keterangan with Jumlah; sheet Renstra 2025-2029: No | Indikator | Satuan | Kondisi Awal 2024 | Target 2025 .. 2029 | Kondisi Akhir",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(P);
  const rs = b.sheet(R);
  type I = { id: string; sas: string; ind: string; sat: string; awal: number; y: number[]; level: boolean };
  const SA = "Meningkatnya kualitas rehabilitasi dan perlindungan sosial PPKS";
  const I: I[] = [
    {
      id: "r1",
      sas: SA,
      ind: "Persentase PPKS yang terpenuhi kebutuhan dasarnya",
      sat: "%",
      awal: 68.5,
      y: [72, 75.5, 79, 82.5, 86],
      level: true,
    },
    {
      id: "r2",
      sas: SA,
      ind: "Persentase penyandang disabilitas terlantar yang mendapat rehabilitasi sosial dasar",
      sat: "%",
      awal: 54,
      y: [58, 62, 66, 70, 74],
      level: true,
    },
    {
      id: "r3",
      sas: SA,
      ind: "Jumlah lanjut usia terlantar yang mendapat layanan di luar panti",
      sat: "orang",
      awal: 210,
      y: [220, 235, 250, 265, 280],
      level: false,
    },
    {
      id: "r4",
      sas: SA,
      ind: "Persentase korban bencana yang terpenuhi kebutuhan dasar pada saat tanggap darurat",
      sat: "%",
      awal: 100,
      y: [100, 100, 100, 100, 100],
      level: true,
    },
  ];
  letterhead(rs, ["PEMERINTAH KABUPATEN SORONG TENGGARA", "DINAS SOSIAL"]);
  rs.lines(["Tabel 5.2 Indikator Kinerja Dinas Sosial yang Mengacu pada Tujuan dan Sasaran RPJMD 2025-2029"]);
  rs.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const tr = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      {
        key: "awal",
        head: ["Kondisi Kinerja pada Awal Periode RPJMD (2024)"],
        role: "kondisi-awal",
        year: 2024,
        width: 12,
      },
      ...Y.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Capaian Setiap Tahun", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Kinerja pada Akhir Periode RPJMD"], role: "kondisi-akhir", width: 12 },
    ],
    headerRows: 2,
    rows: I.map((x, i) => ({
      id: x.id,
      cells: (c: Ctx): Record<string, Cell> => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(Y.map((y, j) => [`y${y}`, x.y[j]])),
        ak: x.level ? x.y[4] : fx(Y.map((y) => c.a(`y${y}`)).join("+")),
      }),
    })),
  });
  letterhead(s, ["PEMERINTAH KABUPATEN SORONG TENGGARA", "DINAS SOSIAL"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: Kepala Dinas Sosial dan Bupati Sorong Tenggara bersepakat atas target kinerja berikut.",
  ]);
  s.gap();
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    // planted: r2 takes the Renstra 2026 target
    rows: I.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, tg: x.id === "r2" ? x.y[1] : x.y[0] },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["p1", "1.06.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6_184_350_000],
    ["p2", "1.06.02 Program Pemberdayaan Sosial", 742_800_000],
    ["p3", "1.06.04 Program Rehabilitasi Sosial", 2_318_650_000],
    ["p4", "1.06.05 Program Perlindungan dan Jaminan Sosial", 1_126_400_000],
    ["p5", "1.06.06 Program Penanganan Bencana", 985_000_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "pr", head: ["Program"], width: 34 },
      { key: "ang", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 44 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 8 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, pr, v], i) => ({ id, cells: { no: i + 1, pr, ang: v, ket: "APBD" } })),
      // planted: SUM stops one row short
      {
        id: "jml",
        bold: true,
        cells: (c: Ctx) => ({ pr: "Jumlah", ang: fx(`SUM(${c.a("ang", "p1")}:${c.a("ang", "p4")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Bupati Sorong Tenggara,",
    jabatan: [],
    nama: "MARTHINUS SAWOR, S.E., M.M.",
    nip: "-",
  });
  const a1 = (k: string, id: string) => t1.a(k, id);
  const ar = (k: string, id: string) => tr.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: a1("tg", "r2") },
        { sheet: R, cell: ar("y2025", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the disabilitas rate is 62, the Renstra 2026 target; the Renstra 2025 target is 58",
    truth: `'${R}'!${ar("y2025", "r2")}`,
  });
  b.plant({
    at: { sheet: P, cell: t2.a("ang", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah is =SUM over the first four programs (10,372,200,000); with Penanganan Bencana the five give 11,357,200,000",
    truth: `SUM(${t2.a("ang", "p1")}:${t2.a("ang", "p5")})`,
  });
  for (const id of ["r1", "r3", "r4"])
    b.ok({
      sheet: P,
      cell: a1("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${ar("y2025", id)}`,
    });
  const five = (id: string) => Y.map((y) => ar(`y${y}`, id)).join("+");
  for (const id of ["r1", "r2"])
    b.ok({
      sheet: R,
      cell: ar("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ar("y2029", id),
      trap: five(id),
    });
  b.ok({
    sheet: R,
    cell: ar("ak", "r3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: five("r3"),
    trap: ar("y2029", "r3"),
  });
  b.ok({ sheet: R, cell: ar("y2029", "r4"), rules: ["target-trend"], truth: ar("y2025", "r4") });
  return b.finish();
}

export function ikuDinsosDiy(): BookW {
  const b = new BookW(
    "iku-2023-2027-dinsos-diy-ppks.xlsx",
    "Matriks IKU Dinas Sosial DIY 2023-2027",
    "IKU matrix: No | Tujuan / Sasaran | Indikator Kinerja Utama | Definisi Operasional | Formula | Satuan | Kondisi Awal 2022 | Target 2023 .. 2027 | Kondisi Akhir | Sumber Data | Penanggung Jawab; SAKIP targets as 'BB (72,50)'",
  );
  const S = "IKU Dinsos";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA",
    "DINAS SOSIAL",
    "Jl. Janti, Banguntapan, Bantul",
  ]);
  s.lines(["Lampiran Keputusan Kepala Dinas Sosial DIY tentang Indikator Kinerja Utama Tahun 2023-2027"]);
  s.gap();
  const Y = [2023, 2024, 2025, 2026, 2027];
  type I = {
    id: string;
    tuj: string;
    ind: string;
    def: string;
    rum: string;
    sat: string;
    awal: Cell;
    y: Cell[];
    level: boolean;
  };
  const TJ = "Meningkatnya kesejahteraan sosial PPKS";
  const I: I[] = [
    {
      id: "u1",
      tuj: TJ,
      ind: "Persentase PPKS yang terpenuhi kebutuhan dasarnya",
      def: "PPKS dalam dan luar panti yang memperoleh permakanan, sandang, tempat tinggal dan layanan dasar",
      rum: "PPKS terpenuhi / PPKS sasaran x 100%",
      sat: "%",
      awal: 84.2,
      y: [86, 88, 9, 92, 94],
      level: true,
    },
    {
      id: "u2",
      tuj: TJ,
      ind: "Jumlah gelandangan dan pengemis di jalanan",
      def: "Gepeng yang terjaring dalam penjangkauan tahunan",
      rum: "Jumlah gepeng hasil penjangkauan",
      sat: "jiwa",
      awal: 268,
      y: [250, 230, 210, 190, 170],
      level: true,
    },
    {
      id: "u3",
      tuj: TJ,
      ind: "Persentase lanjut usia terlantar yang mendapat rehabilitasi sosial",
      def: "Lansia terlantar yang dilayani di dalam dan luar panti",
      rum: "Lansia terlayani / lansia terlantar x 100%",
      sat: "%",
      awal: 61.5,
      y: [64, 67, 70, 73, 76],
      level: true,
    },
    {
      id: "u4",
      tuj: "Meningkatnya akuntabilitas kinerja Dinas Sosial",
      ind: "Nilai SAKIP Dinas Sosial",
      def: "Hasil evaluasi SAKIP oleh Inspektorat DIY",
      rum: "Nilai evaluasi SAKIP (PermenPANRB 88/2021)",
      sat: "nilai",
      awal: "BB (72,50)",
      y: ["BB (74,00)", "BB (76,50)", "A (78,40)", "A (81,00)", "A (83,50)"],
      level: true,
    },
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "tuj", head: ["Tujuan / Sasaran"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
      { key: "def", head: ["Definisi Operasional"], role: "definisi", width: 36 },
      { key: "rum", head: ["Formula"], role: "rumus", width: 30 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal (2022)"], role: "kondisi-awal", year: 2022, width: 12 },
      ...Y.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        width: 11,
      })),
      { key: "ak", head: ["Kondisi Akhir (2027)"], role: "kondisi-akhir", width: 12 },
      { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 16 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
    ],
    headerRows: 2,
    vmerge: ["tuj"],
    rows: I.map((x, i) => ({
      id: x.id,
      cells: (c: Ctx): Record<string, Cell> => ({
        no: i + 1,
        tuj: x.tuj,
        ind: x.ind,
        def: x.def,
        rum: x.rum,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(Y.map((y, j) => [`y${y}`, x.y[j]])),
        ak: typeof x.y[4] === "number" ? fx(c.a("y2027")) : x.y[4],
        sd: x.id === "u4" ? "LHE Inspektorat DIY" : "SIKS-NG / DTKS",
        pj: x.id === "u4" ? "Sekretariat" : "Bidang Rehabilitasi Sosial",
      }),
    })),
  });
  s.gap();
  s.lines(["Catatan: indikator jumlah gepeng bersifat negatif (target menurun)."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2025", "u1") },
    rules: ["target-outlier"],
    note: "Target 2025 of the PPKS rate is 9 among 86, 88, 92, 94 (90 typed without its zero)",
    truth: "90",
  });
  b.plant({
    at: { sheet: S, cell: a("y2025", "u4") },
    rules: ["sakip-grade-mismatch"],
    note: "SAKIP target 2025 'A (78,40)': a score of 78.40 is BB (> 70 - 80)",
    truth: `SAKIP(SCORE(${a("y2025", "u4")}))`,
    actual: `GRADE(${a("y2025", "u4")})`,
  });
  for (const y of [2023, 2024, 2026, 2027])
    b.ok({
      sheet: S,
      cell: a(`y${y}`, "u4"),
      rules: ["sakip-grade-mismatch"],
      truth: `SAKIP(SCORE(${a(`y${y}`, "u4")}))`,
      actual: `GRADE(${a(`y${y}`, "u4")})`,
    });
  const five = (id: string) => Y.map((y) => a(`y${y}`, id)).join("+");
  for (const id of ["u2", "u3"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2027", id),
      trap: five(id),
    });
  for (const y of [2024, 2026])
    b.ok({
      sheet: S,
      cell: a(`y${y}`, "u2"),
      rules: ["target-trend", "target-outlier"],
      truth: `${a(`y${y - 1}`, "u2")}-20`,
    });
  return b.finish();
}
