// Performance tables of two Dinas Kesehatan: the LKjIP 2025 measurement of a Maluku Utara kota
// (stunting, kematian ibu and gizi buruk lower is better with refleksi formulas, the SAKIP grade as
// "letter (score)", predikat words) and the PK 2025 of a Kalimantan Selatan kabupaten beside its
// Renstra 2021-2026 targets. Every name and number is invented.
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

// ============================================== LKjIP 2025 Dinas Kesehatan Kota Gamkonora

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r24: number;
  t: number;
  r: number;
  neg: boolean;
  f: string;
};

export function lkjipDinkesGamkonora(): BookW {
  const b = new BookW(
    "lkjip-2025-pengukuran-dinkes-gamkonora.xlsx",
    "LKjIP pengukuran kinerja (Dinas Kesehatan)",
    "LKjIP 2025 Tabel 3.1 of a Dinas Kesehatan in Maluku Utara: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Realisasi 2024 | 'Tahun 2025' > Target | Realisasi | Capaian (%) | Predikat; refleksi ROUND formulas on the lower-is-better rows, R/T on the others; a SAKIP row with 'letter (score)' values and no capaian; Rata-rata row; predikat scale below",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KESEHATAN KOTA GAMKONORA", "Jl. Sultan Babullah No. 4, Kelurahan Soa-Sio"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Strategis Dinas Kesehatan Tahun 2025"]);
  s.gap();
  const S1 = "Meningkatnya status kesehatan ibu dan anak";
  const S2 = "Meningkatnya mutu pelayanan kesehatan dasar";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Prevalensi balita stunting",
      sat: "%",
      r24: 24.3,
      t: 22.5,
      r: 21.7,
      neg: true,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Jumlah kasus kematian ibu",
      sat: "kasus",
      r24: 7,
      t: 6,
      r: 7,
      neg: true,
      f: "0",
    },
    {
      id: "i3",
      sas: S1,
      ind: "Jumlah kasus gizi buruk pada balita",
      sat: "kasus",
      r24: 41,
      t: 38,
      r: 35,
      neg: true,
      f: "0",
    },
    {
      id: "i4",
      sas: S1,
      ind: "Cakupan imunisasi dasar lengkap",
      sat: "%",
      r24: 84.6,
      t: 87,
      r: 85.2,
      neg: false,
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase puskesmas terakreditasi paripurna",
      sat: "%",
      r24: 25,
      t: 37.5,
      r: 37.5,
      neg: false,
      f: DEC,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Persentase capaian SPM bidang kesehatan",
      sat: "%",
      r24: 88.15,
      t: 90,
      r: 86.75,
      neg: false,
      f: DEC,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const G = "Tahun 2025";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r24", head: ["Realisasi 2024"], role: "realisasi", year: 2024, width: 11 },
    { key: "t", head: [G, "Target"], role: "target", year: 2025, width: 11 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2025, width: 11 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2025, fmt: DEC, width: 11 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2025, width: 13 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r24: fmt(x.r24, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the kematian ibu row (lower is better) has the R / T formula of the positive rows
          c: fx(x.neg && x.id !== "i2" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          p: x.id === "i2" ? "Sangat Baik" : predikatBaik(capOf(x)),
        }),
      })),
      {
        id: "sakip",
        cells: {
          no: 7,
          sas: S2,
          ind: "Nilai SAKIP Dinas Kesehatan",
          sat: "nilai",
          r24: "B (64,10)",
          t: "BB (70,01)",
          // planted: 68,42 is a B (> 60 - 70), not BB
          r: "BB (68,42)",
          c: "-",
          p: "-",
        },
      },
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
    "Catatan: indikator 1-3 berpolaritas negatif; capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "Nilai SAKIP: AA > 90; A > 80 - 90; BB > 70 - 80; B > 60 - 70; CC > 50 - 60; C > 30 - 50; D 0 - 30.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Gamkonora, 27 Februari 2026",
    jabatan: ["KEPALA DINAS KESEHATAN KOTA GAMKONORA,"],
    nama: "dr. HAMSINA A. LATIF, M.P.H.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19790304 200501 2 011",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the kematian ibu (polaritas negatif by the note) is =ROUND(R/T*100,2) = 116.67, the formula of the positive rows; (2 x 6 - 7) / 6 gives 83.33 as the other lower-is-better rows compute",
    truth: refl(a("r", "i2"), a("t", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("r", "sakip") },
    rules: ["sakip-grade-mismatch"],
    note: "Realisasi Nilai SAKIP 'BB (68,42)': a score of 68.42 is B (> 60 - 70), BB starts above 70",
    truth: `SAKIP(SCORE(${a("r", "sakip")}))`,
    actual: `GRADE(${a("r", "sakip")})`,
  });
  for (const x of rows) {
    if (x.id === "i2") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // lower is better: the refleksi, not R / T
      trap: x.neg ? rt(R, T) : undefined,
    });
    b.ok({
      sheet: S,
      cell: a("p", x.id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
    });
  }
  for (const k of ["r24", "t"])
    b.ok({
      sheet: S,
      cell: a(k, "sakip"),
      rules: ["sakip-grade-mismatch"],
      truth: `SAKIP(SCORE(${a(k, "sakip")}))`,
      actual: `GRADE(${a(k, "sakip")})`,
    });
  return b.finish();
}

// ======================================= PK 2025 Kepala Dinas Kesehatan Kabupaten Amandit Hulu

type PkInd = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  neg: boolean;
  f: string;
};

export function pkDinkesAmandit(): BookW {
  const b = new BookW(
    "pk-2025-kadinkes-amandit-hulu-renstra-2022-2026.xlsx",
    "PK 2025 and Renstra targets (Dinas Kesehatan)",
    "sheet 'PK 2025': statement, Tabel 1 No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025; Tabel 2 No | Program | Anggaran (Rp) | Keterangan with a Jumlah SUM; sheet 'Renstra Dinkes': No | Indikator | Satuan | Kondisi Awal 2021 | 'Target Kinerja Tahun' > 2022 .. 2026 | Kondisi Akhir 2026; lower-is-better stunting and kematian bayi",
  );
  const S = "PK 2025";
  const R = "Renstra Dinkes";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN AMANDIT HULU", "DINAS KESEHATAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : dr. H. MUHAMMAD RIDHANI, M.Kes. - Jabatan : Kepala Dinas Kesehatan (Pihak Pertama)",
    "Nama : H. AHMAD FAUZAN SAIFULLAH, S.E., M.M. - Jabatan : Bupati Amandit Hulu (Pihak Kedua)",
  ]);
  s.gap();
  const SS1 = "Menurunnya angka kesakitan dan kematian ibu, bayi dan balita";
  const SS2 = "Meningkatnya mutu dan jangkauan pelayanan kesehatan";
  const rows: PkInd[] = [
    {
      id: "r1",
      sas: SS1,
      ind: "Prevalensi balita stunting",
      sat: "%",
      awal: 26.4,
      tg: [24, 21.5, 19, 17.5, 14],
      neg: true,
      f: DEC,
    },
    {
      id: "r2",
      sas: SS1,
      ind: "Angka kematian bayi (per 1.000 kelahiran hidup)",
      sat: "per 1.000 KH",
      awal: 11.8,
      tg: [11.2, 10.6, 10, 9.4, 8.8],
      neg: true,
      f: DEC,
    },
    {
      id: "r3",
      sas: SS1,
      ind: "Cakupan imunisasi dasar lengkap",
      sat: "%",
      awal: 82.7,
      tg: [85, 87, 89, 91, 93],
      neg: false,
      f: DEC,
    },
    {
      id: "r4",
      sas: SS2,
      ind: "Persentase puskesmas terakreditasi paripurna",
      sat: "%",
      awal: 0,
      tg: [14.29, 28.57, 50, 64.29, 78.57],
      neg: false,
      f: DEC,
    },
    {
      id: "r5",
      sas: SS2,
      ind: "Indeks kepuasan masyarakat terhadap layanan puskesmas",
      sat: "indeks",
      awal: 78.2,
      tg: [79, 80, 81.5, 82.5, 84],
      neg: false,
      f: DEC,
    },
  ];
  // 2025 is the fourth year of 2022-2026; planted: the stunting PK target is the 2026 target
  const pkTarget = (x: PkInd) => (x.id === "r1" ? x.tg[4] : x.tg[3]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 12 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, tg: fmt(pkTarget(x), x.f) },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["p1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 48_215_600_000],
    ["p2", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 36_874_250_000],
    ["p3", "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", 1_246_800_000],
    ["p4", "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman", 612_450_000],
    ["p5", "Program Pemberdayaan Masyarakat Bidang Kesehatan", 884_300_000],
  ];
  const total = progs.reduce((n, p) => n + p[2], 0);
  const staleTotal = total - 1_250_000_000;
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 60 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, prog, rp], i): Row => ({ id, cells: { no: i + 1, prog, rp, ket: "APBD 2025" } })),
      {
        id: "j",
        bold: true,
        span: ["no", "prog"],
        // planted: the cached result is from before program 2 gained Rp 1,25 miliar (DAK non fisik)
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p5")})`, staleTotal) }),
      },
    ],
  });
  s.gap();
  s.lines(["Kandangan Hulu, 2 Januari 2025"], 2);
  s.lines(["Pihak Kedua,", "BUPATI AMANDIT HULU,", "", "", "H. AHMAD FAUZAN SAIFULLAH, S.E., M.M."], 2);
  s.r -= 5;
  s.lines(
    [
      "Pihak Pertama,",
      "KEPALA DINAS KESEHATAN,",
      "",
      "",
      "dr. H. MUHAMMAD RIDHANI, M.Kes.",
      "NIP. 19740512 200312 1 006",
    ],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS KESEHATAN KABUPATEN AMANDIT HULU"]);
  r.lines([
    "Target Indikator Kinerja Sasaran Strategis",
    "Rencana Strategis Dinas Kesehatan Tahun 2021-2026",
  ]);
  r.gap();
  const years = [2022, 2023, 2024, 2025, 2026];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", num: 2, width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: 3, width: 12 },
      { key: "awal", head: ["Kondisi Awal 2021"], role: "kondisi-awal", year: 2021, num: 4, width: 10 },
      ...years.map((y, i): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja Tahun", String(y)],
        role: "target",
        year: y,
        num: 5 + i,
        width: 9,
      })),
      {
        key: "ak",
        head: ["Kondisi Akhir 2026"],
        role: "kondisi-akhir",
        year: 2026,
        num: "10 = 9",
        width: 11,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: fx(c.a("y2026")),
      }),
    })),
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r1") },
        { sheet: R, cell: tr.a("y2025", "r1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the prevalensi stunting is 14.00, the Renstra 2026 (kondisi akhir) target; the Renstra 2025 target is 17.50",
    truth: `'${R}'!${tr.a("y2025", "r1")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: `Jumlah anggaran is =SUM over the five programs with a stale cached ${staleTotal.toLocaleString("en")}; the programs add up to ${total.toLocaleString("en")}`,
    truth: progs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  for (const x of rows.slice(1))
    b.ok({
      sheet: S,
      cell: t1.a("tg", x.id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y2025", x.id)}`,
    });
  for (const x of rows) {
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2026", x.id),
      trap: `SUM(${tr.a("y2022", x.id)}:${tr.a("y2026", x.id)})`,
    });
    if (x.neg) b.ok({ sheet: R, cell: tr.a("y2026", x.id), rules: ["target-trend"], truth: String(x.tg[4]) });
  }
  return b.finish();
}
