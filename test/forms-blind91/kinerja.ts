// A PK 2025 of the Dinas Pendidikan of Provinsi Sumatera Utara beside the Renstra 2024-2026 it quotes
// (ordinal "Tahun I..III" headers resolved from the title), and an LKjIP 2024 of the Dinas Pendidikan
// dan Kebudayaan of Nusa Tenggara Timur with a polaritas column, refleksi for the angka putus sekolah,
// predikat words and a rata-rata row. Every person and number is invented.
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
  type Row,
} from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  t: [number, number, number];
  level: boolean;
};

export function pkRenstraSumut(): BookW {
  const b = new BookW(
    "pk-2025-kadis-pendidikan-sumut-renstra-2024-2026.xlsx",
    "PK 2025 (two tables) beside the Renstra 2024-2026",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program / Kegiatan | Anggaran (Rp) | Keterangan with a JUMLAH that is the program; sheet 'Renstra 2024-2026': No | Indikator | Satuan | Kondisi Awal (2023) | 'Target Kinerja' > Tahun I | Tahun II | Tahun III | Kondisi Akhir",
  );
  const inds: Ind[] = [
    {
      id: "apk",
      sas: "Meningkatnya akses pendidikan menengah dan khusus",
      ind: "Angka Partisipasi Kasar (APK) SMA/SMK/SLB",
      sat: "%",
      awal: 98.6,
      t: [99.4, 100.25, 101.1],
      level: true,
    },
    {
      id: "apm",
      sas: "Meningkatnya akses pendidikan menengah dan khusus",
      ind: "Angka Partisipasi Murni (APM) SMA/SMK/SLB",
      sat: "%",
      awal: 74.1,
      t: [75.2, 76.35, 77.5],
      level: true,
    },
    {
      id: "aps",
      sas: "Meningkatnya akses pendidikan menengah dan khusus",
      ind: "Angka Putus Sekolah SMA/SMK",
      sat: "%",
      awal: 0.68,
      t: [0.6, 0.52, 0.45],
      level: true,
    },
    {
      id: "rk",
      sas: "Meningkatnya mutu sarana dan prasarana pendidikan",
      ind: "Jumlah ruang kelas yang direhabilitasi",
      sat: "unit",
      awal: 0,
      t: [180, 210, 230],
      level: false,
    },
    {
      id: "rgm",
      sas: "Meningkatnya mutu sarana dan prasarana pendidikan",
      ind: "Rasio guru terhadap murid SMA (1 : ...)",
      sat: "rasio",
      awal: 19.4,
      t: [19, 18.5, 18],
      level: true,
    },
  ];
  // sheet Renstra
  const R = "Renstra 2024-2026";
  const r = b.sheet(R);
  letterhead(r, ["PEMERINTAH PROVINSI SUMATERA UTARA", "DINAS PENDIDIKAN"]);
  r.lines(["TABEL 5.1 TARGET KINERJA RENSTRA DINAS PENDIDIKAN PROVINSI SUMATERA UTARA TAHUN 2024-2026"]);
  r.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Awal (2023)"], role: "kondisi-awal", year: 2023, fmt: DEC, width: 11 },
    { key: "t1", head: ["Target Kinerja", "Tahun I"], role: "target", year: 2024, fmt: DEC, width: 10 },
    { key: "t2", head: ["Target Kinerja", "Tahun II"], role: "target", year: 2025, fmt: DEC, width: 10 },
    { key: "t3", head: ["Target Kinerja", "Tahun III"], role: "target", year: 2026, fmt: DEC, width: 10 },
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra"],
      role: "kondisi-akhir",
      year: 2026,
      fmt: DEC,
      width: 13,
    },
  ];
  const rt = r.table({
    cols: rcols,
    headerRows: 2,
    rows: inds.map((x, i) => ({
      id: x.id,
      cells: (c: Ctx) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        t1: x.t[0],
        t2: x.t[1],
        t3: x.t[2],
        ak: x.level ? fx(c.a("t3")) : fx(`SUM(${c.a("t1")}:${c.a("t3")})`),
      }),
    })),
  });
  // sheet PK
  const P = "PK 2025";
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH PROVINSI SUMATERA UTARA", "PERJANJIAN KINERJA TAHUN 2025"]);
  s.lines(
    [
      "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
      "Nama: Drs. HOTMAN PARULIAN SIREGAR, M.Pd. - Jabatan: Kepala Dinas Pendidikan Provinsi Sumatera Utara, selanjutnya disebut PIHAK PERTAMA;",
      "Nama: Ir. BONAR TUA SIMANJUNTAK, M.Si. - Jabatan: Sekretaris Daerah Provinsi Sumatera Utara, selaku atasan langsung, selanjutnya disebut PIHAK KEDUA.",
      "PIHAK PERTAMA berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
    ],
    1,
    { span: 5 },
  );
  s.gap();
  s.lines(["LAMPIRAN PERJANJIAN KINERJA TAHUN 2025 - DINAS PENDIDIKAN"], 1, { bold: true });
  s.gap();
  const pkTarget = (x: Ind) => (x.id === "apm" ? x.t[2] : x.t[1]);
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tg", head: ["Target Tahun 2025"], role: "target", year: 2025, fmt: DEC, width: 12 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, tg: pkTarget(x) },
    })),
  });
  s.gap();
  const kegs: Array<{ id: string; kode: string; nm: string; rp: number }> = [
    {
      id: "g1",
      kode: "1.01.02.2.01",
      nm: "Pengelolaan Pendidikan Sekolah Menengah Atas",
      rp: 412_650_000_000,
    },
    {
      id: "g2",
      kode: "1.01.02.2.02",
      nm: "Pengelolaan Pendidikan Sekolah Menengah Kejuruan",
      rp: 338_920_500_000,
    },
    { id: "g3", kode: "1.01.03.2.03", nm: "Pengelolaan Pendidikan Khusus", rp: 46_218_750_000 },
  ];
  const prows: Row[] = [
    {
      id: "prog",
      bold: true,
      cells: (c: Ctx) => ({
        no: 1,
        kode: "1.01.02",
        nm: "Program Pengelolaan Pendidikan",
        rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g3")})`),
        ket: "APBD + DAK",
      }),
    },
    ...kegs.map((g) => ({
      id: g.id,
      cells: { kode: g.kode, nm: g.nm, rp: g.rp, ket: "APBD" } as Record<string, Cell>,
    })),
    {
      id: "jml",
      bold: true,
      span: ["no", "nm"],
      cells: (c: Ctx) => ({ no: "JUMLAH", rp: fx(c.a("rp", "prog")) }),
    },
  ];
  const gt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 16 },
      { key: "nm", head: ["Program / Kegiatan"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
    ],
    headerRows: 1,
    rows: prows,
  });
  s.gap();
  signature(s, 1, {
    tempat: "Medan, 3 Januari 2025",
    jabatan: ["PIHAK PERTAMA,", "Kepala Dinas Pendidikan"],
    nama: "Drs. HOTMAN PARULIAN SIREGAR, M.Pd.",
    nip: "19710514 199703 1 004",
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "apm") },
        { sheet: R, cell: rt.a("t2", "apm") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the APM is 77.50, the Renstra Tahun III (2026) target; the Renstra Tahun II (2025) target is 76.35",
    truth: `'${R}'!${rt.a("t2", "apm")}`,
  });
  b.plant({
    at: { sheet: P, cell: gt.a("kode", "g3") },
    rules: ["code-hierarchy"],
    note: "kegiatan Pengelolaan Pendidikan Khusus is coded 1.01.03.2.03 under program 1.01.02",
    truth: `PARENT(${gt.a("kode", "g3")})`,
    actual: gt.a("kode", "prog"),
  });
  for (const id of ["apk", "aps", "rk", "rgm"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("t2", id)}`,
    });
  b.ok({
    sheet: P,
    cell: gt.a("rp", "jml"),
    rules: ["sum-mismatch"],
    truth: kegs.map((g) => gt.a("rp", g.id)).join("+"),
    trap: `SUM(${gt.a("rp", "prog")}:${gt.a("rp", "g3")})`,
  });
  b.ok({
    sheet: P,
    cell: gt.a("rp", "prog"),
    rules: ["sum-mismatch"],
    truth: kegs.map((g) => gt.a("rp", g.id)).join("+"),
  });
  b.ok({
    sheet: P,
    cell: gt.a("kode", "g2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${gt.a("kode", "g2")})`,
    actual: gt.a("kode", "prog"),
  });
  // traps: kondisi akhir of a rate or of a lower-is-better level is the last target, not the sum
  for (const id of ["aps", "rgm", "apk"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: rt.a("t3", id),
      trap: `SUM(${rt.a("t1", id)}:${rt.a("t3", id)})`,
    });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "rk"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `${rt.a("t1", "rk")}+${rt.a("t2", "rk")}+${rt.a("t3", "rk")}`,
  });
  b.ok({ sheet: R, cell: rt.a("t3", "aps"), rules: ["target-trend", "target-outlier"], truth: "0.45" });
  return b.finish();
}

type L = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  pol: "+" | "-";
  t: number;
  r: number;
  r23: number;
};

export function lkjipNtt(): BookW {
  const b = new BookW(
    "lkjip-2024-dinas-pendidikan-kebudayaan-ntt.xlsx",
    "LKjIP 2024 pengukuran kinerja with polaritas and predikat",
    "No | Sasaran (merged) | Indikator Kinerja Utama | Satuan | Polaritas (Maksimal / Minimal) | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Realisasi 2023; ROUND formulas, refleksi for Minimal; typed predikat words; Rata-rata and Predikat rows; footnote with the scale",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "DINAS PENDIDIKAN DAN KEBUDAYAAN"]);
  s.lines(["Tabel 3.1 Pengukuran Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const SA = "Meningkatnya akses dan pemerataan pendidikan menengah dan khusus";
  const SB = "Meningkatnya mutu dan relevansi pendidikan menengah";
  const ls: L[] = [
    {
      id: "l1",
      sas: SA,
      ind: "Angka Partisipasi Kasar SMA/SMK/SLB",
      sat: "%",
      pol: "+",
      t: 86,
      r: 88.4,
      r23: 85.1,
    },
    {
      id: "l2",
      sas: SA,
      ind: "Angka Partisipasi Murni SMA/SMK/SLB",
      sat: "%",
      pol: "+",
      t: 68,
      r: 66.1,
      r23: 65.4,
    },
    { id: "l3", sas: SA, ind: "Angka Putus Sekolah SMA", sat: "%", pol: "-", t: 1.1, r: 0.95, r23: 1.21 },
    { id: "l4", sas: SA, ind: "Angka Putus Sekolah SMK", sat: "%", pol: "-", t: 1.5, r: 1.8, r23: 1.74 },
    {
      id: "l5",
      sas: SB,
      ind: "Persentase ruang kelas SMA/SMK dalam kondisi baik",
      sat: "%",
      pol: "+",
      t: 70,
      r: 58.2,
      r23: 55.6,
    },
    {
      id: "l6",
      sas: SB,
      ind: "Persentase lulusan SMK yang bekerja, berwirausaha atau melanjutkan",
      sat: "%",
      pol: "+",
      t: 60,
      r: 47.5,
      r23: 51.2,
    },
  ];
  const cap = (x: L) => (x.pol === "+" ? (x.r / x.t) * 100 : ((2 * x.t - x.r) / x.t) * 100);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "pol", head: ["Polaritas"], role: "polaritas", width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 12 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
  ];
  const rows: Row[] = ls.map((x, i) => ({
    id: x.id,
    cells: (c: Ctx) => {
      const pos = `ROUND(${c.a("r")}/${c.a("t")}*100,2)`;
      const neg = `ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`;
      // planted: the SMK dropout row (Minimal) kept the R / T formula of the rows above
      const f = x.pol === "+" || x.id === "l4" ? pos : neg;
      // planted: predikat of the ruang kelas row one band too high
      const p = x.id === "l5" ? "Sangat Baik" : predikatBaik(cap(x));
      return {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        pol: x.pol === "+" ? "Maksimal" : "Minimal",
        t: x.t,
        r: x.r,
        c: fx(f),
        p,
        r23: x.r23,
      } as Record<string, Cell>;
    },
  }));
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "r"],
    cells: (c: Ctx) => ({
      no: "Rata-rata Capaian Kinerja",
      c: fx(`ROUND(AVERAGE(${c.a("c", "l1")}:${c.a("c", "l6")}),2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, vmerge: ["sas"], rows });
  s.gap();
  s.lines([
    "Keterangan: capaian indikator Minimal (semakin kecil semakin baik) dihitung (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Kupang, 28 Februari 2025",
    jabatan: ["Kepala Dinas Pendidikan dan Kebudayaan,"],
    nama: "Dr. MARSELINUS BORO KEDANG, M.Si.",
    nip: "19690307 199503 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "l4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the Angka Putus Sekolah SMK (Minimal) is =ROUND(R/T*100,2) = 120.00; the refleksi of the footnote gives (2 x 1.50 - 1.80) / 1.50 x 100 = 80.00",
    truth: `ROUND((2*${a("t", "l4")}-${a("r", "l4")})/${a("t", "l4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "l5") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Baik' for a capaian of 83.14 (58.20 against 70); the band > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "l5")})`,
  });
  // traps: refleksi on the Minimal SMA dropout row, not R / T
  b.ok({
    sheet: S,
    cell: a("c", "l3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "l3")}-${a("r", "l3")})/${a("t", "l3")}*100,2)`,
    trap: `ROUND(${a("r", "l3")}/${a("t", "l3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "l1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "l1")}/${a("t", "l1")}*100,2)`,
  });
  for (const id of ["l2", "l6"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["l1", "l2", "l3", "l6"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}
