// Performance tables of the theme: the LKjIP 2024 measurement of the Dinas Peternakan dan Kesehatan
// Hewan Provinsi Sulawesi Selatan (populasi, produksi daging and telur, calving rate; two
// lower-is-better case counts with refleksi), and the PK 2025 of an invented Lampung kabupaten's
// Dinas beside the targets of its Renstra 2021-2026. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

type Ind = {
  id: string;
  ind: string;
  sat: string;
  r23: number;
  t: number;
  r: number;
  t26: number;
  neg?: boolean;
  f: string;
};

export function lkjipSulsel(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-disnakkeswan-sulsel.xlsx",
    "LKjIP pengukuran kinerja of a provincial Dinas Peternakan (2024)",
    "LKjIP 2024 Tabel 3.1 of the Dinas Peternakan dan Kesehatan Hewan Provinsi Sulawesi Selatan: No | Indikator Kinerja Utama | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Target Akhir Renstra 2026; capaian ROUND formulas, refleksi for the two case counts (lower is better); predikat typed; Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PETERNAKAN DAN KESEHATAN HEWAN", "PROVINSI SULAWESI SELATAN"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Indikator Kinerja Utama Tahun 2024"]);
  s.gap();
  const inds: Ind[] = [
    {
      id: "i1",
      ind: "Populasi sapi potong",
      sat: "ekor",
      r23: 1_462_850,
      t: 1_520_000,
      r: 1_487_340,
      t26: 1_610_000,
      f: "#,##0",
    },
    {
      id: "i2",
      ind: "Produksi daging",
      sat: "ton",
      r23: 56_912.4,
      t: 58_400,
      r: 60_215.6,
      t26: 62_500,
      f: "#,##0.0",
    },
    {
      id: "i3",
      ind: "Produksi telur",
      sat: "ton",
      r23: 128_455,
      t: 142_000,
      r: 131_870,
      t26: 150_000,
      f: "#,##0",
    },
    {
      id: "i4",
      ind: "Jumlah kasus penyakit hewan menular strategis",
      sat: "kasus",
      r23: 1_342,
      t: 1_250,
      r: 1_118,
      t26: 1_050,
      neg: true,
      f: "#,##0",
    },
    {
      id: "i5",
      ind: "Jumlah kasus rabies positif pada hewan penular rabies",
      sat: "kasus",
      r23: 63,
      t: 48,
      r: 57,
      t26: 35,
      neg: true,
      f: "0",
    },
    {
      id: "i6",
      ind: "Persentase kelahiran dari akseptor inseminasi buatan (calving rate)",
      sat: "%",
      r23: 56.1,
      t: 65,
      r: 58.2,
      t26: 70,
      f: DEC,
    },
  ];
  const cap = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (predikatBaik(cap(inds[5])) !== "Baik") throw new Error("lkjip i6");
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 12 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 12 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 12 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 12 },
    { key: "t26", head: ["Target Akhir Renstra 2026"], role: "target", year: 2026, width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      {
        id: "sas",
        bold: true,
        span: ["no", "t26"],
        cells: { no: "Sasaran: Meningkatnya produksi dan produktivitas ternak serta status kesehatan hewan" },
      },
      ...inds.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the PHMS case count (lower is better) has the R / T formula of the rows above
          c: fx(x.id === "i5" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Sangat Baik" for the calving rate's 89.54
          p: x.id === "i6" ? "Sangat Baik" : predikatBaik(x.id === "i4" ? round((x.r / x.t) * 100) : cap(x)),
          t26: fmt(x.t26, x.f),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 4 dan 5 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Makassar, 26 Februari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "Dr. drh. ANDI MUH. SYAHRIR TANRA, M.P.",
    nip: "19700514 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the PHMS case count (lower is better by the note) is =ROUND(R/T*100,2) = 89.44; (2 x 1,250 - 1,118) / 1,250 gives 110.56, as the rabies row computes",
    truth: refl(a("r", "i4"), a("t", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i6") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Baik' for a calving rate capaian of 89.54; the band > 75 s.d. 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i5"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl(a("r", "i5"), a("t", "i5")),
    trap: rt(a("r", "i5"), a("t", "i5")),
  });
  for (const id of ["i1", "i2", "i3", "i6"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t", id)) });
  for (const id of ["i1", "i2", "i3", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  // the falling targets of the lower-is-better counts are right
  for (const id of ["i4", "i5"])
    b.ok({
      sheet: S,
      cell: a("t26", id),
      rules: ["target-trend"],
      truth: String(id === "i4" ? 1050 : 35),
      trap: a("t", id),
    });
  return b.finish();
}

// ================================================ PK 2025 + Renstra 2021-2026, Kabupaten Way Sekampung

type Pk = { id: string; sas: string; ind: string; sat: string; tr: number[]; stock: boolean; f: string };

export function pkLampung(): BookW {
  const b = new BookW(
    "pk-2025-kadis-peternakan-way-sekampung.xlsx",
    "PK 2025 of a Dinas Peternakan with its Renstra 2021-2026 targets",
    "PK 2025 of the Kepala Dinas Peternakan dan Kesehatan Hewan of a Lampung kabupaten: statement lines, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program | Anggaran (Rp) | Keterangan with Jumlah; sheet 'Renstra 2021-2026': Indikator | Satuan | Kondisi Awal 2021 | 'Target Kinerja' > 2022..2026 | Kondisi Akhir",
  );
  const P = "PK 2025";
  const R = "Renstra 2021-2026";
  const inds: Pk[] = [
    {
      id: "i1",
      sas: "Meningkatnya populasi dan produksi ternak",
      ind: "Populasi sapi potong",
      sat: "ekor",
      tr: [84_200, 88_100, 92_300, 96_400, 99_800],
      stock: true,
      f: "#,##0",
    },
    {
      id: "i2",
      sas: "Meningkatnya populasi dan produksi ternak",
      ind: "Produksi daging sapi dan kerbau",
      sat: "ton",
      tr: [3_150, 3_280, 3_420, 3_560, 3_710],
      stock: false,
      f: "#,##0",
    },
    {
      id: "i3",
      sas: "Meningkatnya populasi dan produksi ternak",
      ind: "Service per conception (S/C) inseminasi buatan",
      sat: "rasio",
      tr: [1.9, 1.8, 1.7, 1.6, 1.5],
      stock: true,
      f: DEC,
    },
    {
      id: "i4",
      sas: "Meningkatnya status kesehatan hewan",
      ind: "Persentase kasus penyakit hewan menular strategis yang tertangani",
      sat: "%",
      tr: [84, 86, 88, 91, 93],
      stock: true,
      f: DEC,
    },
  ];
  // ---- Renstra sheet first (the PK quotes it)
  const r = b.sheet(R);
  letterhead(r, ["DINAS PETERNAKAN DAN KESEHATAN HEWAN KABUPATEN WAY SEKAMPUNG"]);
  r.lines(["Tabel 4.2 Indikator Kinerja Utama dan Target Renstra Tahun 2021-2026"]);
  r.gap();
  const RY = [2022, 2023, 2024, 2025, 2026];
  const rt2 = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", year: 2021, width: 12 },
      ...RY.map((y): Col => ({
        key: `t${y}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        width: 10,
      })),
      { key: "ka", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", width: 12 },
    ],
    headerRows: 2,
    rows: inds.map((x, k): Row => ({
      id: x.id,
      cells: {
        no: k + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt([80_950, 3_020, 2.0, 81.5][k], x.f),
        ...Object.fromEntries(RY.map((y, i) => [`t${y}`, fmt(x.tr[i], x.f)])),
        ka: fmt(x.stock ? x.tr[4] : x.tr.reduce((n, v) => n + v, 0), x.f),
      },
    })),
  });
  r.gap();
  r.lines(["Produksi daging: kondisi akhir = akumulasi 2022-2026; indikator lain = target tahun 2026."]);

  // ---- PK sheet
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH KABUPATEN WAY SEKAMPUNG"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini:",
    "Nama      : drh. HENDRA SAPUTRA WIRANEGARA, M.Si.",
    "Jabatan   : Kepala Dinas Peternakan dan Kesehatan Hewan",
    "selanjutnya disebut pihak pertama, berjanji mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(["Lampiran: Sasaran, Indikator dan Target Kinerja Tahun 2025"]);
  const pk = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 36 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, width: 12 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((x, k): Row => ({
      id: x.id,
      // planted: the S/C target is the Renstra 2026 value (1.50); the Renstra 2025 target is 1.60
      cells: {
        no: k + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        t: fmt(x.id === "i3" ? x.tr[4] : x.tr[3], x.f),
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["3.27.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 4_286_415_000],
    ["3.27.02", "Program Penyediaan dan Pengembangan Sarana Pertanian", 2_642_900_000],
    ["3.27.04", "Program Pengendalian Kesehatan Hewan dan Kesehatan Masyarakat Veteriner", 903_350_000],
    ["3.27.07", "Program Penyuluhan Pertanian", 418_600_000],
  ];
  const an = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "prog", head: ["Program"], role: "indikator", width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, k): Row => ({
        id: `p${k + 1}`,
        cells: { no: k + 1, kode: p[0], prog: p[1], rp: p[2], ket: "APBD" },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"],
        // planted: the Jumlah stops at the third program, the penyuluhan program is left out
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p3")})`) }),
      },
    ],
  });
  s.gap();
  const top = s.r;
  s.lines(["Pihak Kedua,", "BUPATI WAY SEKAMPUNG,"], 2);
  s.gap(3);
  s.lines(["H. MUHAMMAD RIDHO SANJAYA, S.E."], 2);
  s.r = top;
  signature(s, 4, {
    tempat: "Sribhawono Baru, 3 Januari 2025",
    jabatan: ["Pihak Pertama,", "KEPALA DINAS PETERNAKAN DAN KESEHATAN HEWAN,"],
    nama: "drh. HENDRA SAPUTRA WIRANEGARA, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760812 200312 1 004",
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pk.a("t", "i3") },
        { sheet: R, cell: rt2.a("t2025", "i3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the S/C is 1.50, the Renstra 2026 target; the Renstra 2025 target is 1.60",
    truth: `'${R}'!${rt2.a("t2025", "i3")}`,
  });
  b.plant({
    at: { sheet: P, cell: an.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is =SUM over the first three programs (7,832,665,000); with the penyuluhan program's 418,600,000 it is 8,251,265,000",
    truth: ["p1", "p2", "p3", "p4"].map((id) => an.a("rp", id)).join("+"),
  });
  for (const id of ["i1", "i2", "i4"])
    b.ok({
      sheet: P,
      cell: pk.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt2.a("t2025", id)}`,
    });
  // stocks, rates and ratios end on the 2026 target; the production flow adds its years
  for (const id of ["i1", "i3", "i4"])
    b.ok({
      sheet: R,
      cell: rt2.a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt2.a("t2026", id),
      trap: RY.map((y) => rt2.a(`t${y}`, id)).join("+"),
    });
  b.ok({
    sheet: R,
    cell: rt2.a("ka", "i2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: RY.map((y) => rt2.a(`t${y}`, "i2")).join("+"),
    trap: rt2.a("t2026", "i2"),
  });
  b.ok({
    sheet: R,
    cell: rt2.a("t2026", "i3"),
    rules: ["target-trend"],
    truth: "1.5",
    trap: rt2.a("t2022", "i3"),
  });
  return b.finish();
}
