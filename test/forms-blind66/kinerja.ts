// Performance tables: the LKjIP 2024 of the Dinas Pekerjaan Umum dan Penataan Ruang of Provinsi Sumatera
// Selatan (km-based levels and percentages against the Renstra targets 2024-2026, refleksi for the
// lower-is-better indicators) and the T-C.29 review of the Renstra 2021-2026 of the Dinas Perumahan dan
// Kawasan Permukiman of Provinsi Bengkulu (targets 2021-2026, realisasi and rasio capaian 2021-2024,
// kondisi akhir). Every office, person and number is invented.
import { BookW, DEC, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type L = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r: [number, number, number];
  pk: number;
  real: number;
  low?: boolean;
  pred: string;
};

const SAS1 = "Meningkatnya kualitas dan kemantapan jaringan jalan provinsi";
const SAS2 = "Meningkatnya layanan infrastruktur sumber daya air dan air minum";

/** LKjIP 2024 Bab III pengukuran kinerja, DPUPR Provinsi Sumatera Selatan. */
export function lkjipSumsel(): BookW {
  const b = new BookW(
    "lkjip-2024-bab3-capaian-iku-dpupr-prov-sumsel.xlsx",
    "LKjIP pengukuran kinerja with the Renstra targets 2024-2026",
    "No | Sasaran Strategis | Indikator Kinerja Utama | Satuan | 'Target Renstra' > 2024 | 2025 | 2026 | 'Tahun 2024' > Target PK | Realisasi | Capaian (%) | Predikat | 'Capaian thd Target Akhir Renstra 2026 (%)'; km levels; refleksi for lower-is-better; predikat typed; merged sasaran; note below",
  );
  const S = "Bab III";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI SUMATERA SELATAN",
  ]);
  s.lines(["Tabel 3.2 Pengukuran Capaian Indikator Kinerja Utama Tahun 2024"], 1, { bold: true });
  s.gap();
  const xs: L[] = [
    {
      id: "i1",
      sas: SAS1,
      ind: "Persentase kemantapan jalan provinsi",
      sat: "%",
      r: [71.5, 73, 75],
      pk: 71.5,
      real: 72.84,
      pred: "Sangat Tinggi",
    },
    // planted: the PK target copied from the 2025 column of the Renstra
    {
      id: "i2",
      sas: SAS1,
      ind: "Panjang jalan provinsi dalam kondisi mantap",
      sat: "km",
      r: [1080.4, 1103.05, 1132.71],
      pk: 1103.05,
      real: 1098.14,
      pred: "Sangat Tinggi",
    },
    {
      id: "i3",
      sas: SAS1,
      ind: "Persentase panjang jalan provinsi kondisi rusak berat",
      sat: "%",
      r: [9.5, 8.75, 8],
      pk: 9.5,
      real: 8.62,
      low: true,
      pred: "Sangat Tinggi",
    },
    {
      id: "i4",
      sas: SAS1,
      ind: "Rata-rata waktu tempuh per 100 km pada ruas strategis provinsi",
      sat: "jam",
      r: [2.4, 2.25, 2.1],
      pk: 2.4,
      real: 2.58,
      low: true,
      pred: "Sangat Tinggi",
    },
    // planted: 75.44 labelled Sedang
    {
      id: "i5",
      sas: SAS2,
      ind: "Persentase daerah irigasi kewenangan provinsi dalam kondisi baik",
      sat: "%",
      r: [68, 70, 72],
      pk: 68,
      real: 51.3,
      pred: "Sedang",
    },
    {
      id: "i6",
      sas: SAS2,
      ind: "Persentase rumah tangga dengan akses air minum layak",
      sat: "%",
      r: [84.2, 86.1, 88],
      pk: 84.2,
      real: 85.07,
      pred: "Sangat Tinggi",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t24", head: ["Target Renstra", "2024"], role: "target", year: 2024, fmt: "#,##0.00", width: 10 },
    { key: "t25", head: ["Target Renstra", "2025"], role: "target", year: 2025, fmt: "#,##0.00", width: 10 },
    { key: "t26", head: ["Target Renstra", "2026"], role: "target", year: 2026, fmt: "#,##0.00", width: 10 },
    { key: "pk", head: ["Tahun 2024", "Target PK"], role: "target", year: 2024, fmt: "#,##0.00", width: 10 },
    {
      key: "re",
      head: ["Tahun 2024", "Realisasi"],
      role: "realisasi",
      year: 2024,
      fmt: "#,##0.00",
      width: 10,
    },
    { key: "ca", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "pr", head: ["Tahun 2024", "Predikat"], role: "predikat", width: 13 },
    { key: "c26", head: ["Capaian thd Target Akhir Renstra 2026 (%)"], role: "capaian", fmt: DEC, width: 13 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => {
      const R = c.a("re");
      const T = c.a("pk");
      const T6 = c.a("t26");
      return {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        t24: x.r[0],
        t25: x.r[1],
        t26: x.r[2],
        pk: x.pk,
        re: x.real,
        // planted (i4): the higher-is-better formula copied down onto a lower-is-better indicator
        ca: fx(x.low && x.id !== "i4" ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`),
        pr: x.pred,
        c26: fx(x.low ? `ROUND((2*${T6}-${R})/${T6}*100,2)` : `ROUND(${R}/${T6}*100,2)`),
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines(
    [
      "Keterangan:",
      "- Indikator 3 dan 4 berpolaritas negatif (semakin kecil semakin baik): Capaian = (2 x Target - Realisasi) / Target x 100.",
      "- Predikat: > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; > 65 s.d. 75 Sedang; > 50 s.d. 65 Rendah; <= 50 Sangat Rendah.",
    ],
    1,
  );
  s.gap();
  signature(s, 9, {
    tempat: "Palembang, 28 Februari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "Ir. Hj. Marlina Sastrawiguna, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690411 199503 2 004",
  });
  const A = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: A("pk", "i2") },
    rules: ["cross-table-mismatch"],
    note: "Target PK 2024 of the km mantap typed 1,103.05 (the Renstra 2025 target); the Renstra 2024 target is 1,080.40",
    truth: A("t24", "i2"),
  });
  b.plant({
    at: { sheet: S, cell: A("ca", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "waktu tempuh (lower is better) capaian = 2.58 / 2.40 x 100 = 107.50; the refleksi of the note gives (2 x 2.40 - 2.58) / 2.40 x 100 = 92.50",
    truth: `ROUND((2*${A("pk", "i4")}-${A("re", "i4")})/${A("pk", "i4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: A("pr", "i5") },
    rules: ["predikat-mismatch"],
    note: "irigasi capaian 51.30 / 68 x 100 = 75.44 labelled 'Sedang'; above 75 it is 'Tinggi'",
    truth: `PREDIKAT(${A("ca", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: A("ca", "i3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${A("pk", "i3")}-${A("re", "i3")})/${A("pk", "i3")}*100,2)`,
    trap: `ROUND(${A("re", "i3")}/${A("pk", "i3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: A("c26", "i3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${A("t26", "i3")}-${A("re", "i3")})/${A("t26", "i3")}*100,2)`,
    trap: `ROUND(${A("re", "i3")}/${A("t26", "i3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: A("ca", "i6"),
    rules: ["percent-out-of-range", "capaian-mismatch"],
    truth: `ROUND(${A("re", "i6")}/${A("pk", "i6")}*100,2)`,
  });
  b.ok({ sheet: S, cell: A("pr", "i1"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${A("ca", "i1")})` });
  b.ok({ sheet: S, cell: A("t25", "i3"), rules: ["target-trend"], truth: "8.75" });
  return b.finish();
}

type T = {
  id: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  r: number[];
  ka: Cell;
  low?: boolean;
  fmt?: string;
};

/** T-C.29 review of the Renstra 2021-2026 up to 2024, Dinas Perkim Provinsi Bengkulu. */
export function reviewRenstraBengkulu(): BookW {
  const b = new BookW(
    "tc29-review-renstra-2021-2026-dinas-perkim-prov-bengkulu.xlsx",
    "T-C.29 review of the Renstra: targets per year, realisasi and rasio capaian 2021-2024, kondisi akhir",
    "No | Indikator Kinerja | Satuan | Kondisi Awal (2020) | 'Target Renstra Tahun ke-' > 2021 .. 2026 | 'Realisasi Capaian Tahun ke-' > 2021 .. 2024 | 'Rasio Capaian pada Tahun ke- (%)' > 2021 .. 2024 | Kondisi Kinerja Akhir Renstra; number row 1..19; a flow count whose kondisi akhir SUMs the targets, a lower-is-better backlog with refleksi",
  );
  const S = "T-C.29";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI BENGKULU", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN"]);
  s.lines(
    [
      "Tabel T-C.29",
      "Review Pencapaian Kinerja Pelayanan Renstra Perangkat Daerah Tahun 2021-2026 s.d. Tahun 2024",
    ],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const Y = [2021, 2022, 2023, 2024, 2025, 2026];
  const xs: T[] = [
    {
      id: "j1",
      ind: "Persentase rumah tangga yang menempati rumah layak huni",
      sat: "%",
      awal: 71.2,
      t: [72.5, 74, 75.5, 77, 78.5, 80],
      r: [72.1, 74.35, 75.8, 76.4],
      ka: 80,
    },
    {
      id: "j2",
      ind: "Jumlah rumah tidak layak huni yang ditangani",
      sat: "unit",
      awal: 380,
      t: [450, 500, 500, 550, 550, 600],
      r: [462, 488, 515, 571],
      ka: "SUM",
      fmt: "#,##0",
    },
    // planted: kondisi akhir typed from the 2025 column (56) instead of the 2026 target (65)
    {
      id: "j3",
      ind: "Persentase luas kawasan permukiman kumuh yang tertangani (kumulatif)",
      sat: "%",
      awal: 18.4,
      t: [25, 32, 40, 48, 56, 65],
      r: [24.1, 31.5, 37.2, 45.9],
      ka: 56,
    },
    // planted: the 2024 target typed 76.50 for 67.50
    {
      id: "j4",
      ind: "Persentase perumahan yang dilengkapi prasarana, sarana dan utilitas (PSU)",
      sat: "%",
      awal: 57.8,
      t: [60, 62.5, 65, 76.5, 70, 72.5],
      r: [59.4, 62.9, 64.3, 66.8],
      ka: 72.5,
    },
    {
      id: "j5",
      ind: "Angka kekurangan (backlog) kepemilikan rumah",
      sat: "ribu unit",
      awal: 46.8,
      t: [45.5, 44, 42.5, 41, 39.5, 38],
      r: [45.1, 43.6, 42.9, 40.2],
      ka: 38,
      low: true,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 2, width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 3, width: 9 },
    {
      key: "aw",
      head: ["Kondisi Awal (2020)"],
      role: "kondisi-awal",
      year: 2020,
      num: 4,
      fmt: "#,##0.00",
      width: 9,
    },
    ...Y.map((y, i): Col => ({
      key: `t${y}`,
      head: ["Target Renstra Tahun ke-", String(y)],
      role: "target",
      year: y,
      num: 5 + i,
      fmt: "#,##0.00",
      width: 8,
    })),
    ...Y.slice(0, 4).map((y, i): Col => ({
      key: `r${y}`,
      head: ["Realisasi Capaian Tahun ke-", String(y)],
      role: "realisasi",
      year: y,
      num: 11 + i,
      fmt: "#,##0.00",
      width: 8,
    })),
    ...Y.slice(0, 4).map((y, i): Col => ({
      key: `c${y}`,
      head: ["Rasio Capaian pada Tahun ke- (%)", String(y)],
      role: "capaian",
      year: y,
      num: 15 + i,
      fmt: DEC,
      width: 8,
    })),
    {
      key: "ka",
      head: ["Kondisi Kinerja Akhir Renstra"],
      role: "kondisi-akhir",
      year: 2026,
      num: 19,
      fmt: "#,##0.00",
      width: 10,
    },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat, aw: x.awal };
      Y.forEach((y, k) => (out[`t${y}`] = x.t[k]));
      Y.slice(0, 4).forEach((y, k) => {
        out[`r${y}`] = x.r[k];
        const T = c.a(`t${y}`);
        // planted (j2, 2022): the formula still points at the 2021 realisasi
        const R = x.id === "j2" && y === 2022 ? c.a("r2021") : c.a(`r${y}`);
        out[`c${y}`] = fx(x.low ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`);
      });
      out.ka = x.ka === "SUM" ? fx(`SUM(${c.a("t2021")}:${c.a("t2026")})`) : x.ka;
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(
    [
      "Catatan: rasio capaian indikator backlog (semakin kecil semakin baik) dihitung (2 x target - realisasi) / target x 100.",
    ],
    1,
  );
  s.gap();
  signature(s, 14, {
    tempat: "Bengkulu, 10 Maret 2025",
    jabatan: ["Kepala Dinas Perumahan dan", "Kawasan Permukiman Provinsi Bengkulu"],
    nama: "Syafrudin Anwar Rejanglebong, S.T., M.Si.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19750806 200212 1 003",
  });
  const A = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: A("c2022", "j2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "RTLH rasio capaian 2022 divides the 2021 realisasi: 462 / 500 x 100 = 92.40; 2022 gives 488 / 500 x 100 = 97.60",
    truth: `ROUND(${A("r2022", "j2")}/${A("t2022", "j2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: A("ka", "j3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the cumulative kumuh share typed 56.00 (the 2025 target); the 2026 target is 65.00",
    truth: A("t2026", "j3"),
  });
  b.plant({
    at: { sheet: S, cell: A("t2024", "j4") },
    rules: ["target-trend", "target-outlier"],
    note: "PSU target 2024 typed 76.50, above 2025's 70.00 in a rising series; between 65.00 and 70.00 it was 67.50 (digits swapped)",
    truth: `(${A("t2023", "j4")}+${A("t2025", "j4")})/2`,
  });
  b.ok({
    sheet: S,
    cell: A("ka", "j2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ["t2021", "t2022", "t2023", "t2024", "t2025", "t2026"].map((k) => A(k, "j2")).join("+"),
    trap: A("t2026", "j2"),
  });
  b.ok({
    sheet: S,
    cell: A("ka", "j1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: A("t2026", "j1"),
    trap: `${A("t2021", "j1")}+${A("t2022", "j1")}`,
  });
  b.ok({
    sheet: S,
    cell: A("c2023", "j5"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${A("t2023", "j5")}-${A("r2023", "j5")})/${A("t2023", "j5")}*100,2)`,
    trap: `ROUND(${A("r2023", "j5")}/${A("t2023", "j5")}*100,2)`,
  });
  b.ok({ sheet: S, cell: A("t2025", "j5"), rules: ["target-trend"], truth: "39.5" });
  b.ok({ sheet: S, cell: A("ka", "j5"), rules: ["kondisi-akhir-mismatch"], truth: A("t2026", "j5") });
  return b.finish();
}
