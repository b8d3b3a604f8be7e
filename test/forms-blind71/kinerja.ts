// Performance tables of the provincial Dinas Perkebunan: the LKjIP 2024 of Provinsi Kalimantan Tengah
// comparing target, realisasi and capaian for 2022, 2023 and 2024 (two lower-is-better indicators
// take the refleksi), and the T-C.29 review of the Renstra 2021-2026 of Provinsi Jambi with the
// capaian of earlier years, the 2024 target / realisasi / capaian and the budget realisation per
// program and kegiatan (provincial codes x.xx.xx.1.xx). Every person and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type Ind = { sas: string; ind: string; sat: string; v: Array<[number, number]>; low?: boolean };

/** LKjIP 2024 Dinas Perkebunan Provinsi Kalimantan Tengah, three years side by side. */
export function lkjipDisbunKalteng(): BookW {
  const b = new BookW(
    "lkjip-2024-tiga-tahun-disbun-prov-kalteng.xlsx",
    "LKjIP Bab III: target / realisasi / capaian 2022, 2023 and 2024 side by side, predikat 2024",
    "No | Sasaran | Indikator Kinerja Sasaran | Satuan | 'TA 2022' > Tgt | Real | % | 'TA 2023' > Tgt | Real | % | 'TA 2024' > Tgt | Real | % | 'Kategori 2024'; group headers written once (not merged); number row 1 .. 14; a Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "DINAS PERKEBUNAN PROVINSI KALIMANTAN TENGAH",
  ]);
  s.lines(["Tabel 3.1 Perbandingan Capaian Kinerja Tahun 2022 s.d. 2024"], 1, { bold: true });
  s.gap();
  const S1 = "Meningkatnya produksi dan produktivitas perkebunan rakyat";
  const S2 = "Meningkatnya kesejahteraan pekebun";
  const S3 = "Terwujudnya perkebunan berkelanjutan";
  const xs: Ind[] = [
    {
      sas: S1,
      ind: "Produktivitas kelapa sawit perkebunan rakyat",
      sat: "ton TBS/ha",
      v: [
        [3.1, 3.04],
        [3.2, 3.18],
        [3.3, 3.27],
      ],
    },
    {
      sas: S1,
      ind: "Produktivitas karet perkebunan rakyat",
      sat: "kg/ha/th",
      v: [
        [720, 688],
        [760, 741],
        [800, 806],
      ],
    },
    {
      sas: S2,
      ind: "Nilai Tukar Petani subsektor perkebunan rakyat",
      sat: "indeks",
      v: [
        [125, 138.6],
        [127, 129.45],
        [130, 141.2],
      ],
    },
    {
      sas: S2,
      ind: "Persentase pekebun tergabung dalam kelembagaan bersertifikat",
      sat: "%",
      v: [
        [38, 36.4],
        [42, 43.1],
        [46, 34.6],
      ],
    },
    {
      sas: S3,
      ind: "Persentase luas lahan perkebunan rakyat yang terbakar",
      sat: "%",
      v: [
        [0.5, 0.62],
        [0.45, 0.71],
        [0.4, 0.31],
      ],
      low: true,
    },
    {
      sas: S3,
      ind: "Jumlah sengketa lahan perkebunan yang belum terselesaikan",
      sat: "kasus",
      v: [
        [12, 9],
        [10, 11],
        [8, 6],
      ],
      low: true,
    },
  ];
  const Y = ["TA 2022", "TA 2023", "TA 2024"];
  const yrs = [2022, 2023, 2024];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 28 },
    { key: "ind", head: ["Indikator Kinerja Sasaran"], role: "indikator", num: 3, width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 11 },
  ];
  Y.forEach((y, j) => {
    cols.push(
      {
        key: `t${j}`,
        head: [y, "Tgt"],
        role: "target",
        year: yrs[j],
        num: 5 + 3 * j,
        fmt: "#,##0.00",
        width: 8,
      },
      {
        key: `r${j}`,
        head: [y, "Real"],
        role: "realisasi",
        year: yrs[j],
        num: 6 + 3 * j,
        fmt: "#,##0.00",
        width: 8,
      },
      { key: `c${j}`, head: [y, "%"], role: "capaian", year: yrs[j], num: 7 + 3 * j, fmt: DEC, width: 8 },
    );
  });
  cols.push({ key: "kat", head: ["Kategori 2024"], role: "predikat", num: 14, width: 12 });
  const capOf = (x: Ind, j: number) => {
    const [t, r] = x.v[j];
    return round(x.low ? ((2 * t - r) / t) * 100 : (r / t) * 100, 2);
  };
  const rows: Row[] = xs.map((x, i) => ({
    id: `i${i + 1}`,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat };
      x.v.forEach(([t, r], j) => {
        out[`t${j}`] = t;
        out[`r${j}`] = r;
        const T = c.a(`t${j}`);
        const R = c.a(`r${j}`);
        // planted: lahan terbakar 2023 divided R by T like the positive rows
        const plain = `ROUND(${R}/${T}*100,2)`;
        out[`c${j}`] = fx(x.low && !(i === 4 && j === 1) ? `ROUND((2*${T}-${R})/${T}*100,2)` : plain);
      });
      // planted: kelembagaan 75.22 given Cukup
      out.kat = i === 3 ? "Cukup" : predikatBaik(capOf(x, 2));
      return out;
    },
  }));
  const cap24 = xs.map((x) => capOf(x, 2));
  const avg = round(cap24.reduce((p, q) => p + q, 0) / cap24.length, 2);
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "r2"],
    cells: (c) => ({
      no: "Rata-rata Capaian Kinerja Tahun 2024",
      c2: fx(`ROUND(AVERAGE(${c.a("c2", "i1")}:${c.a("c2", "i6")}),2)`),
      kat: predikatBaik(avg),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", groups: "first", rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan: indikator nomor 5 dan 6 bersifat negatif (semakin kecil semakin baik), capaian = (2 x Tgt - Real) / Tgt x 100%.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 11, {
    tempat: "Palangka Raya, 28 Februari 2025",
    jabatan: ["Kepala Dinas Perkebunan", "Provinsi Kalimantan Tengah,"],
    nama: "Dr. Ir. YOHANES RAHU, M.P.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690305 199503 1 002",
  });
  const a = (k: string, r: string) => t.a(k, r);
  const refl = (r: string, j: number) =>
    `ROUND((2*${a(`t${j}`, r)}-${a(`r${j}`, r)})/${a(`t${j}`, r)}*100,2)`;
  const plain = (r: string, j: number) => `ROUND(${a(`r${j}`, r)}/${a(`t${j}`, r)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c1", "i5") },
    rules: ["capaian-mismatch"],
    note: "luas lahan terbakar 2023 (negative by the note) capaian =ROUND(0.71/0.45*100,2) = 157.78; the refleksi of the other years gives (2 x 0.45 - 0.71) / 0.45 x 100 = 42.22",
    truth: refl("i5", 1),
  });
  b.plant({
    at: { sheet: S, cell: a("kat", "i4") },
    rules: ["predikat-mismatch"],
    note: "kelembagaan 2024 capaian 34.6 / 46 x 100 = 75.22 labelled 'Cukup'; the band > 75 - 90 of the note is 'Baik'",
    truth: `PREDIKAT_BAIK(${a("c2", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c2", "i5"),
    rules: ["capaian-mismatch"],
    truth: refl("i5", 2),
    trap: plain("i5", 2),
  });
  b.ok({
    sheet: S,
    cell: a("c0", "i5"),
    rules: ["capaian-mismatch"],
    truth: refl("i5", 0),
    trap: plain("i5", 0),
  });
  b.ok({
    sheet: S,
    cell: a("c0", "i6"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: refl("i6", 0),
    trap: plain("i6", 0),
  });
  b.ok({
    sheet: S,
    cell: a("c1", "i6"),
    rules: ["capaian-mismatch"],
    truth: refl("i6", 1),
    trap: plain("i6", 1),
  });
  b.ok({
    sheet: S,
    cell: a("c2", "i3"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: plain("i3", 2),
  });
  b.ok({ sheet: S, cell: a("c0", "i3"), rules: ["percent-out-of-range"], truth: plain("i3", 0) });
  for (const r of ["i1", "i2", "i3", "i5", "i6"])
    b.ok({
      sheet: S,
      cell: a("kat", r),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c2", r)})`,
    });
  b.ok({
    sheet: S,
    cell: a("c2", "avg"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(AVERAGE(${a("c2", "i1")}:${a("c2", "i6")}),2)`,
    trap: `SUM(${a("c2", "i1")}:${a("c2", "i6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kat", "avg"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c2", "avg")})`,
  });
  b.ok({ sheet: S, cell: a("t2", "i6"), rules: ["target-trend"], truth: "8" });
  return b.finish();
}

type Line = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  akhir: number;
  c22: number;
  c23: number;
  t: number;
  r: number;
  pagu?: number;
  real?: number;
  low?: boolean;
  prog?: string[];
};

/** T-C.29 review of the Renstra 2021-2026, Dinas Perkebunan Provinsi Jambi, year 2024. */
export function tc29DisbunJambi(): BookW {
  const b = new BookW(
    "tc29-review-renstra-2021-2026-thn-2024-disbun-jambi.xlsx",
    "T-C.29 rekapitulasi evaluasi Renja dan pencapaian Renstra: capaian per year and realisasi anggaran",
    "No | Kode | Program / Kegiatan | Indikator Kinerja Program (Outcome) / Kegiatan (Output) | Satuan | 'Target Akhir Renstra (2026)' | 'Capaian Kinerja Tahun Lalu (%)' > 2022 | 2023 | 'Tahun 2024' > Target | Realisasi | 'Tingkat Capaian (%)' | 'Anggaran 2024' > 'Pagu DPA (Rp)' | 'Realisasi SP2D (Rp)' | 'Serapan (%)'; provincial codes 3.27.xx.1.xx; program Rp SUM of their kegiatan; JUMLAH",
  );
  const S = "T-C.29 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI JAMBI", "DINAS PERKEBUNAN"]);
  s.lines(
    [
      "Tabel T-C.29 Rekapitulasi Evaluasi Hasil Pelaksanaan Renja dan Pencapaian Renstra Dinas Perkebunan",
      "Periode Renstra 2021-2026, Tahun Pelaksanaan 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const L: Line[] = [
    {
      id: "p1",
      kode: "3.27.02",
      ur: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
      ind: "Persentase pekebun yang menggunakan benih unggul bersertifikat",
      sat: "%",
      akhir: 65,
      c22: 96.4,
      c23: 98.1,
      t: 58,
      r: 56.3,
      prog: ["k11", "k12", "k13"],
    },
    {
      id: "k11",
      kode: "3.27.02.1.01",
      ur: "Pengawasan Penggunaan Sarana Pendukung Pertanian",
      ind: "Jumlah kios sarana produksi yang diawasi",
      sat: "unit",
      akhir: 420,
      c22: 100,
      c23: 104.2,
      t: 90,
      r: 94,
      pagu: 1245800000,
      real: 1254800000,
    },
    {
      id: "k12",
      kode: "3.27.02.1.02",
      ur: "Pengelolaan Sumber Daya Genetik (SDG) Tanaman Perkebunan",
      ind: "Jumlah varietas lokal terdaftar",
      sat: "varietas",
      akhir: 12,
      c22: 100,
      c23: 100,
      t: 3,
      r: 3,
      pagu: 862450000,
      real: 811326500,
    },
    {
      id: "k13",
      kode: "3.27.02.1.03",
      ur: "Penyediaan Benih Tanaman Perkebunan",
      ind: "Jumlah benih kelapa sawit dan karet unggul yang disalurkan",
      sat: "batang",
      akhir: 2400000,
      c22: 92.5,
      c23: 97.8,
      t: 520000,
      r: 498600,
      pagu: 14736200000,
      real: 14102918400,
    },
    {
      id: "p2",
      kode: "3.27.03",
      ur: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN",
      ind: "Persentase luas serangan OPT utama perkebunan",
      sat: "%",
      akhir: 4,
      c22: 108.3,
      c23: 104.6,
      t: 5,
      r: 4.6,
      low: true,
      prog: ["k21", "k22"],
    },
    {
      id: "k21",
      kode: "3.27.03.1.01",
      ur: "Pengendalian dan Penanggulangan Bencana Pertanian (OPT dan Karhutla)",
      ind: "Luas areal perkebunan yang dikendalikan dari serangan OPT",
      sat: "ha",
      akhir: 18000,
      c22: 95.2,
      c23: 101.4,
      t: 3800,
      r: 3650,
      pagu: 3418600000,
      real: 3287104000,
    },
    {
      id: "k22",
      kode: "3.27.02.1.04",
      ur: "Pembangunan Jalan Produksi Perkebunan",
      ind: "Panjang jalan produksi perkebunan yang dibangun",
      sat: "km",
      akhir: 60,
      c22: 100,
      c23: 90,
      t: 12,
      r: 12,
      pagu: 9875000000,
      real: 9512418000,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 14 },
    { key: "ur", head: ["Program / Kegiatan"], role: "lainnya", num: "(3)", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output)"],
      role: "indikator",
      num: "(4)",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)", width: 9 },
    {
      key: "akhir",
      head: ["Target Akhir Renstra (2026)"],
      role: "target",
      year: 2026,
      num: "(6)",
      fmt: "#,##0.##",
      width: 12,
    },
    {
      key: "c22",
      head: ["Capaian Kinerja Tahun Lalu (%)", "2022"],
      role: "capaian",
      year: 2022,
      num: "(7)",
      fmt: DEC,
      width: 9,
    },
    {
      key: "c23",
      head: ["Capaian Kinerja Tahun Lalu (%)", "2023"],
      role: "capaian",
      year: 2023,
      num: "(8)",
      fmt: DEC,
      width: 9,
    },
    {
      key: "t",
      head: ["Tahun 2024", "Target"],
      role: "target",
      year: 2024,
      num: "(9)",
      fmt: "#,##0.##",
      width: 10,
    },
    {
      key: "r",
      head: ["Tahun 2024", "Realisasi"],
      role: "realisasi",
      year: 2024,
      num: "(10)",
      fmt: "#,##0.##",
      width: 10,
    },
    {
      key: "cp",
      head: ["Tahun 2024", "Tingkat Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(11) = (10) / (9) x 100",
      fmt: DEC,
      width: 10,
    },
    {
      key: "pg",
      head: ["Anggaran 2024", "Pagu DPA (Rp)"],
      role: "anggaran",
      year: 2024,
      num: "(12)",
      fmt: RP,
      width: 17,
    },
    {
      key: "rl",
      head: ["Anggaran 2024", "Realisasi SP2D (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(13)",
      fmt: RP,
      width: 17,
    },
    {
      key: "sr",
      head: ["Anggaran 2024", "Serapan (%)"],
      role: "capaian",
      year: 2024,
      num: "(14) = (13) / (12) x 100",
      fmt: DEC,
      width: 9,
    },
  ];
  let no = 0;
  const rows: Row[] = L.map((x) => ({
    id: x.id,
    bold: !!x.prog,
    cells: (c): Record<string, Cell> => {
      const kids = x.prog;
      const sumOf = (k: string) => fx(kids!.map((id) => c.a(k, id)).join("+"));
      return {
        no: x.prog ? ++no : undefined,
        kode: x.kode,
        ur: x.ur,
        ind: x.ind,
        sat: x.sat,
        akhir: x.akhir,
        c22: x.c22,
        c23: x.c23,
        t: x.t,
        r: x.r,
        cp: fx(
          x.low
            ? `ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`
            : `ROUND(${c.a("r")}/${c.a("t")}*100,2)`,
        ),
        pg: kids ? sumOf("pg") : x.pagu,
        rl: kids ? sumOf("rl") : x.real,
        sr: fx(`ROUND(${c.a("rl")}/${c.a("pg")}*100,2)`),
      };
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "akhir"],
    cells: (c) => ({
      no: "JUMLAH",
      pg: fx(`${c.a("pg", "p1")}+${c.a("pg", "p2")}`),
      rl: fx(`${c.a("rl", "p1")}+${c.a("rl", "p2")}`),
      sr: fx(`ROUND(${c.a("rl")}/${c.a("pg")}*100,2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "*) Indikator luas serangan OPT bersifat negatif; tingkat capaian = (2 x target - realisasi) / target x 100.",
    "Capaian tahun 2022 dan 2023 dikutip dari LKjIP tahun berkenaan.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Jambi, 14 Maret 2025",
    jabatan: ["Kepala Dinas Perkebunan", "Provinsi Jambi,"],
    nama: "Ir. ZULKIFLI TANJUNG, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700818 199603 1 005",
  });
  const a = (k: string, r: string) => t.a(k, r);
  b.plant({
    at: { sheet: S, cell: a("rl", "k11") },
    rules: ["serapan-over-100"],
    note: "kegiatan 3.27.02.1.01 realisasi SP2D 1,254,800,000 above its pagu 1,245,800,000 (serapan 100.72 %); the SP2D register gives 1,224,580,000 (digits swapped while typing)",
    truth: "1224580000",
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "k22") },
    rules: ["code-hierarchy"],
    note: "kegiatan Pembangunan Jalan Produksi Perkebunan under program 3.27.03 is coded 3.27.02.1.04 (a code of program 3.27.02)",
    truth: a("kode", "p2"),
    actual: `PARENT(${a("kode", "k22")})`,
  });
  for (const r of ["k11", "k12", "k13", "k21"])
    b.ok({
      sheet: S,
      cell: a("kode", r),
      rules: ["code-hierarchy"],
      truth: a("kode", r === "k21" ? "p2" : "p1"),
      actual: `PARENT(${a("kode", r)})`,
    });
  b.ok({
    sheet: S,
    cell: a("pg", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("pg", "k11")}+${a("pg", "k12")}+${a("pg", "k13")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pg", "p2"),
    rules: ["sum-mismatch"],
    truth: `${a("pg", "k21")}+${a("pg", "k22")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pg", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("pg", "p1")}+${a("pg", "p2")}`,
    trap: `SUM(${a("pg", "p1")}:${a("pg", "k22")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cp", "p2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND((2*${a("t", "p2")}-${a("r", "p2")})/${a("t", "p2")}*100,2)`,
    trap: `ROUND(${a("r", "p2")}/${a("t", "p2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("cp", "k11"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "k11")}/${a("t", "k11")}*100,2)`,
  });
  for (const r of ["k12", "k13", "k21", "k22"])
    b.ok({
      sheet: S,
      cell: a("sr", r),
      rules: ["serapan-over-100", "capaian-mismatch"],
      truth: `ROUND(${a("rl", r)}/${a("pg", r)}*100,2)`,
    });
  b.ok({ sheet: S, cell: a("c22", "p2"), rules: ["percent-out-of-range"], truth: "108.3" });
  return b.finish();
}
