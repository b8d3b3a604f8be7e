// Perjanjian Kinerja and LKjIP tables of the eighty-first unseen set: the PK 2025 of the Biro
// Organisasi Setda Provinsi Sulawesi Tenggara with its budget per sub kegiatan and the Renstra targets
// on a second sheet, and the LKjIP 2024 measurement of the Biro Hukum Setda Provinsi Kepulauan Riau
// with the budget realisation of its sub kegiatan under it. Every person and number is invented.
import { BookW, DEC, RP, fx, letterhead, predikatBaik, signature, type Col, type Row } from "../forms/kit";
import { refl, rt } from "./hukum";

// ====================================================== PK 2025, Biro Organisasi Setda Sulawesi Tenggara

type Pk = { id: string; sas: string; ind: string; sat: string; rs: number[]; pk?: number };

/** PK with the target in a column titled only "Target" (the year is in the title), budget under it, Renstra on a second sheet. */
export function pkBiroOrganisasiSultra(): BookW {
  const b = new BookW(
    "perjanjian-kinerja-2025-anggaran-sub-kegiatan-biro-organisasi-sultra.xlsx",
    "Perjanjian Kinerja 2025 with its budget per program / kegiatan / sub kegiatan and the Renstra targets (Biro Organisasi Setda Provinsi)",
    "sheet `PK 2025`: No. | Sasaran | Indikator Kinerja | Satuan | Target (the year only in the title); under it Kode | Program / Kegiatan / Sub Kegiatan | Anggaran (Rp) | Keterangan with program = its two kegiatan, kegiatan = SUM of sub kegiatan; sheet `Renstra`: No | Indikator Kinerja | Satuan | 'Target Renstra' > 2023 .. 2026",
  );
  const S = "PK 2025";
  const R = "Renstra";
  const s = b.sheet(S);
  const A = "Meningkatnya efektivitas kelembagaan dan tata laksana Pemerintah Provinsi";
  const B = "Meningkatnya akuntabilitas kinerja Pemerintah Provinsi";
  const xs: Pk[] = [
    { id: "p1", sas: A, ind: "Indeks Reformasi Birokrasi", sat: "indeks", rs: [68.5, 71, 73.5, 76], pk: 71 },
    {
      id: "p2",
      sas: A,
      ind: "Persentase perangkat daerah dengan hasil evaluasi kelembagaan kategori efektif",
      sat: "%",
      rs: [55, 65, 75, 85],
    },
    { id: "p3", sas: A, ind: "Indeks Pelayanan Publik Provinsi", sat: "indeks", rs: [3.6, 3.75, 3.9, 4.05] },
    { id: "p4", sas: B, ind: "Nilai Evaluasi SAKIP Pemerintah Provinsi", sat: "nilai", rs: [66, 68, 70, 72] },
    {
      id: "p5",
      sas: B,
      ind: "Persentase rekomendasi LHE AKIP yang belum ditindaklanjuti",
      sat: "%",
      rs: [30, 25, 20, 15],
    },
  ];
  letterhead(s, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "BIRO ORGANISASI SEKRETARIAT DAERAH PROVINSI SULAWESI TENGGARA",
  ]);
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "tgt", head: ["Target"], role: "target", year: 2025, fmt: DEC, width: 10 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, tgt: x.pk ?? x.rs[2] },
  }));
  const t = s.table({ cols, headerRows: 1, rows, vmerge: ["sas"] });
  s.gap();
  type Ag = { id: string; kode: string; ur: string; ang?: number; ket?: string };
  const ags: Ag[] = [
    { id: "prog", kode: "4.01.02", ur: "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT" },
    { id: "k1", kode: "4.01.02.2.04", ur: "Pelaksanaan Kebijakan Kelembagaan dan Ketatalaksanaan" },
    {
      id: "s1",
      kode: "4.01.02.2.04.0001",
      ur: "Pengelolaan Kelembagaan dan Analisis Jabatan",
      ang: 612450000,
      ket: "APBD",
    },
    {
      id: "s2",
      kode: "4.01.02.2.04.0002",
      ur: "Fasilitasi Pelayanan Publik dan Tata Laksana",
      ang: 487300000,
      ket: "APBD",
    },
    {
      id: "s3",
      kode: "4.01.02.2.04.0003",
      ur: "Fasilitasi Reformasi Birokrasi",
      ang: 1284750000,
      ket: "APBD",
    },
    {
      id: "s4",
      kode: "4.01.02.2.04.0004",
      ur: "Penataan Proses Bisnis dan SOP",
      ang: 356900000,
      ket: "APBD",
    },
    { id: "k2", kode: "4.01.02.2.05", ur: "Pelaksanaan Evaluasi Akuntabilitas Kinerja" },
    {
      id: "s5",
      kode: "4.01.02.2.05.0001",
      ur: "Evaluasi SAKIP Perangkat Daerah",
      ang: 418600000,
      ket: "APBD",
    },
    {
      id: "s6",
      kode: "4.01.02.2.05.0002",
      ur: "Penyusunan Laporan Kinerja Pemerintah Provinsi",
      ang: 275150000,
      ket: "APBD",
    },
  ];
  s.lines(["Program / Kegiatan / Sub Kegiatan dan Anggaran"], 1, { bold: true });
  const acols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], role: "lainnya", width: 46 },
    { key: "ang", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 10 },
  ];
  const arows: Row[] = ags.map((x) => ({
    id: x.id,
    bold: x.ang === undefined,
    cells: (c) => ({
      kode: x.kode,
      ur: x.ur,
      ang:
        x.id === "prog"
          ? fx(`${c.a("ang", "k1")}+${c.a("ang", "k2")}`)
          : x.id === "k1"
            ? // planted 2: the SUM stops at sub kegiatan .0003
              fx(`SUM(${c.a("ang", "s1")}:${c.a("ang", "s3")})`)
            : x.id === "k2"
              ? fx(`SUM(${c.a("ang", "s5")}:${c.a("ang", "s6")})`)
              : x.ang,
      ket: x.ket,
    }),
  }));
  const at = s.table({ cols: acols, headerRows: 1, rows: arows }, 2);
  s.gap();
  signature(s, 2, {
    tempat: "Kendari, 6 Januari 2025",
    jabatan: ["Pihak Kedua,", "Sekretaris Daerah Provinsi Sulawesi Tenggara"],
    nama: "Ir. H. MUH. ASRUN LAMANGGILA, M.T.",
    nip: "19680917 199403 1 006",
  });
  signature(s, 4, {
    tempat: "Kendari, 6 Januari 2025",
    jabatan: ["Pihak Pertama,", "Kepala Biro Organisasi"],
    nama: "WA ODE SITTI NURHAYATI, S.Sos., M.Si.",
    nip: "19790512 200501 2 009",
  });
  // second sheet: Renstra targets
  const r = b.sheet(R);
  r.lines(["Target Indikator Kinerja Renstra Biro Organisasi 2022-2026 (Reviu 2023)"], 1, { bold: true });
  r.gap();
  const G = "Target Renstra";
  const YR = [2023, 2024, 2025, 2026];
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...YR.map((y): Col => ({
      key: `t${y}`,
      head: [G, String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 9,
    })),
  ];
  const rrows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: { no: i + 1, ind: x.ind, sat: x.sat, ...Object.fromEntries(YR.map((y, k) => [`t${y}`, x.rs[k]])) },
  }));
  const rt2 = r.table({ cols: rcols, headerRows: 2, rows: rrows });
  const q = (id: string) => `'${R}'!${rt2.a("t2025", id)}`;
  b.plant({
    at: { sheet: S, cell: t.a("tgt", "p1") },
    rules: ["cross-table-mismatch"],
    note: "PK target 2025 of the Indeks Reformasi Birokrasi typed 71.00, the Renstra target of 2024; the Renstra gives 73.50 for 2025",
    truth: q("p1"),
  });
  b.plant({
    at: { sheet: S, cell: at.a("ang", "k1") },
    rules: ["sum-mismatch"],
    note: "kegiatan 4.01.02.2.04 `SUM` stops at sub kegiatan .0003: 2,384,500,000; with .0004 (356,900,000) it is 2,741,400,000",
    truth: `SUM(${at.a("ang", "s1")}:${at.a("ang", "s4")})`,
  });
  for (const id of ["p2", "p4", "p5"])
    b.ok({ sheet: S, cell: t.a("tgt", id), rules: ["cross-table-mismatch"], truth: q(id) });
  b.ok({
    sheet: S,
    cell: at.a("ang", "prog"),
    rules: ["sum-mismatch"],
    truth: `${at.a("ang", "k1")}+${at.a("ang", "k2")}`,
    trap: `SUM(${at.a("ang", "k1")}:${at.a("ang", "s6")})`,
  });
  b.ok({
    sheet: S,
    cell: at.a("ang", "k2"),
    rules: ["sum-mismatch"],
    truth: `${at.a("ang", "s5")}+${at.a("ang", "s6")}`,
  });
  for (const [id, par] of [
    ["s4", "k1"],
    ["s5", "k2"],
    ["k2", "prog"],
  ])
    b.ok({
      sheet: S,
      cell: at.a("kode", id),
      rules: ["code-hierarchy"],
      actual: `PARENT(${at.a("kode", id)})`,
      truth: at.a("kode", par),
    });
  b.ok({
    sheet: R,
    cell: rt2.a("t2025", "p5"),
    rules: ["target-trend"],
    truth: `(${rt2.a("t2024", "p5")}+${rt2.a("t2026", "p5")})/2`,
  });
  return b.finish();
}

// ============================================================ LKjIP 2024, Biro Hukum Setda Kepulauan Riau

type Lk = {
  id: string;
  ind: string;
  sat: string;
  neg: boolean;
  r23: number;
  t: number;
  r: number;
  p?: string;
};

/** Pengukuran kinerja with last year's realisasi and typed predikat; the budget of the sub kegiatan under it. */
export function lkjipBiroHukumKepri(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-kinerja-serapan-biro-hukum-kepri.xlsx",
    "LKjIP 2024 pengukuran kinerja with the realisation of the sub kegiatan budget (Biro Hukum Setda Provinsi)",
    "Tabel 3.1: No | Sasaran (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | % Capaian | Predikat (Sangat Baik .. Sangat Kurang, typed); refleksi for the produk hukum dibatalkan; Tabel 3.4 under it: Kode | Sub Kegiatan | Pagu (Rp) | Realisasi (Rp) | Sisa (Rp) | % Serapan with a Jumlah row",
  );
  const S = "Bab III";
  const s = b.sheet(S);
  s.lines(["BAB III AKUNTABILITAS KINERJA", "Tabel 3.1 Pengukuran Kinerja Biro Hukum Tahun 2024"], 1, {
    bold: true,
  });
  const A = "Terwujudnya produk hukum daerah yang berkualitas";
  const B = "Meningkatnya pelayanan dan bantuan hukum";
  const xs: Lk[] = [
    {
      id: "l1",
      ind: "Persentase produk hukum daerah yang dibatalkan",
      sat: "%",
      neg: true,
      r23: 2.1,
      t: 2,
      r: 1.6,
    },
    {
      id: "l2",
      ind: "Persentase Ranperda kabupaten/kota yang selesai difasilitasi",
      sat: "%",
      neg: false,
      r23: 79.4,
      t: 85,
      r: 88.31,
    },
    {
      id: "l3",
      ind: "Persentase perkara litigasi yang dimenangkan",
      sat: "%",
      neg: false,
      r23: 66.67,
      t: 80,
      r: 60,
      p: "Baik",
    },
    {
      id: "l4",
      ind: "Indeks Reformasi Hukum Provinsi",
      sat: "indeks",
      neg: false,
      r23: 71.2,
      t: 80,
      r: 74.6,
    },
    {
      id: "l5",
      ind: "Persentase masyarakat miskin yang memperoleh bantuan hukum",
      sat: "%",
      neg: false,
      r23: 61.5,
      t: 70,
      r: 68.9,
    },
  ];
  const sasOf = (id: string) => (id === "l1" || id === "l2" ? A : B);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
    { key: "cap", head: [G, "% Capaian"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "pred", head: ["Predikat"], role: "predikat", width: 13 },
  ];
  const capOf = (x: Lk) => Math.round(((x.neg ? 2 * x.t - x.r : x.r) / x.t) * 10000) / 100;
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      sas: sasOf(x.id),
      ind: x.ind,
      sat: x.sat,
      r23: x.r23,
      t: x.t,
      r: x.r,
      cap: fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
      // planted 1: 75.00 typed Baik
      pred: x.p ?? predikatBaik(capOf(x)),
    }),
  }));
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Skala predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  s.lines(["Tabel 3.4 Realisasi Anggaran Sub Kegiatan Biro Hukum Tahun 2024"], 1, { bold: true });
  const ps: Array<[string, string, string, number, number]> = [
    ["q1", "4.01.02.2.03.0001", "Fasilitasi Penyusunan Perundang-undangan", 1124500000, 1086217400],
    ["q2", "4.01.02.2.03.0002", "Fasilitasi Bantuan Hukum", 684200000, 611935000],
    ["q3", "4.01.02.2.03.0003", "Pelaksanaan Dokumentasi dan Informasi Hukum", 537600000, 529880150],
    ["q4", "4.01.02.2.03.0004", "Fasilitasi Pembinaan Produk Hukum Kabupaten/Kota", 499000000, 484423250],
  ];
  const pcols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "sub", head: ["Sub Kegiatan"], role: "lainnya", width: 42 },
    { key: "pagu", head: ["Pagu (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 17 },
    { key: "re", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 17 },
    { key: "sisa", head: ["Sisa (Rp)"], role: "lainnya", fmt: RP, width: 15 },
    { key: "ser", head: ["% Serapan"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
  ];
  const prows: Row[] = ps.map(([id, kode, sub, pagu, re]) => ({
    id,
    cells: (c) => ({
      kode,
      sub,
      pagu,
      re,
      sisa: fx(`${c.a("pagu")}-${c.a("re")}`),
      ser: fx(rt(c.a("re"), c.a("pagu"))),
    }),
  }));
  prows.push({
    id: "jml",
    bold: true,
    span: ["kode", "sub"],
    cells: (c) => ({
      kode: "Jumlah",
      pagu: fx(`SUM(${c.c("pagu")}${c.row("q1")}:${c.c("pagu")}${c.row("q4")})`),
      // planted 2: cached before the last SP2D of sub kegiatan .0004 was booked
      re: fx(`SUM(${c.c("re")}${c.row("q1")}:${c.c("re")}${c.row("q4")})`, 2639187300),
      sisa: fx(`${c.a("pagu")}-${c.a("re")}`),
      ser: fx(rt(c.a("re"), c.a("pagu"))),
    }),
  });
  const pt = s.table({ cols: pcols, headerRows: 1, rows: prows }, 2);
  s.gap();
  signature(s, 6, {
    tempat: "Tanjungpinang, 25 Februari 2025",
    jabatan: ["Kepala Biro Hukum", "Setda Provinsi Kepulauan Riau"],
    nama: "RAJA AZMIRAH FADHILLAH, S.H., M.Kn.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19820304 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const p = (k: string, id: string) => pt.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pred", "l3") },
    rules: ["predikat-mismatch"],
    note: "perkara litigasi capaian 75.00 (60 / 80) typed Baik; Baik starts above 75, 75.00 is Cukup (> 65 - 75)",
    truth: `PREDIKAT_BAIK(${a("cap", "l3")})`,
  });
  b.plant({
    at: { sheet: S, cell: p("re", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah realisasi `SUM` caches 2,639,187,300 (before the last SP2D was booked); the four sub kegiatan give 2,712,455,800",
    truth: `SUM(${p("re", "q1")}:${p("re", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "l1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: refl(a("r", "l1"), a("t", "l1")),
    trap: rt(a("r", "l1"), a("t", "l1")),
  });
  b.ok({
    sheet: S,
    cell: a("cap", "l2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: rt(a("r", "l2"), a("t", "l2")),
    trap: rt(a("r", "l2"), a("r23", "l2")),
  });
  for (const id of ["l3", "l4", "l5"])
    b.ok({ sheet: S, cell: a("cap", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t", id)) });
  for (const id of ["l1", "l4", "l5"])
    b.ok({
      sheet: S,
      cell: a("pred", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("cap", id)})`,
    });
  b.ok({
    sheet: S,
    cell: p("pagu", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${p("pagu", "q1")}:${p("pagu", "q4")})`,
  });
  for (const id of ["q2", "q3"])
    b.ok({
      sheet: S,
      cell: p("ser", id),
      rules: ["serapan-over-100"],
      truth: rt(p("re", id), p("pagu", id)),
    });
  b.ok({
    sheet: S,
    cell: p("kode", "q4"),
    rules: ["code-hierarchy"],
    actual: `PARENT(${p("kode", "q4")})`,
    truth: `PARENT(${p("kode", "q1")})`,
  });
  return b.finish();
}
