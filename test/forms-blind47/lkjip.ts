// The performance tables: the LKjIP 2024 measurement table of the Dinas Komunikasi, Informatika dan
// Statistik of Kabupaten Rungan Sepang (Kalimantan Tengah) with quarters (an SPBE index, an intranet
// share and a downtime in hours are levels, a dataset count is a flow; the downtime is lower is
// better, its capaian the refleksi), and the IKU matrix 2025-2029 of the Dinas Perpustakaan dan
// Kearsipan of the same kabupaten with Penjelasan / Cara Perhitungan / Sumber Data. Every office,
// region, person and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Cell, type Col } from "../forms/kit";

const TW = ["TW I", "TW II", "TW III", "TW IV"];

/** LKjIP 2024 Tabel 3.2, Diskominfostat Kabupaten Rungan Sepang. */
export function lkjipKominfostatRunganSepang(): BookW {
  const b = new BookW(
    "lkjip-2024-spbe-triwulan-diskominfostat-kab-rungan-sepang.xlsx",
    "LKjIP measurement table with quarters",
    "No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target 2024 | 'Realisasi per Triwulan' > TW I .. TW IV | Realisasi s.d. TW IV | Capaian (%) | Kriteria; number row (1)..(12); levels take TW IV, the dataset count the SUM; downtime by refleksi",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN RUNGAN SEPANG",
    "DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK",
    "Jl. Panarung Hulu No. 21, Rungan Sepang - Kalimantan Tengah",
  ]);
  s.lines(["Tabel 3.2", "Pengukuran Capaian Kinerja Sasaran Strategis Tahun Anggaran 2024"], 1, {
    bold: true,
  });
  s.gap();
  type I = {
    id: string;
    sas: string;
    ind: string;
    sat: string;
    t: number;
    q: number[];
    re: "q4" | "sum" | number;
    lower?: boolean;
    stale?: number;
    pred: string;
    f: string;
  };
  const SAS1 = "Meningkatnya kualitas penyelenggaraan Sistem Pemerintahan Berbasis Elektronik (SPBE)";
  const inds: I[] = [
    {
      id: "spbe",
      sas: SAS1,
      ind: "Indeks SPBE Pemerintah Kabupaten Rungan Sepang",
      sat: "indeks (1-5)",
      t: 2.75,
      q: [2.31, 2.31, 2.58, 2.84],
      re: "q4",
      pred: "Sangat Baik",
      f: DEC,
    },
    {
      id: "intr",
      sas: SAS1,
      ind: "Persentase OPD terhubung jaringan intranet pemerintah daerah",
      sat: "%",
      t: 80,
      q: [62.5, 68.75, 75, 81.25],
      re: 81.25,
      pred: "Sangat Baik",
      f: DEC,
    },
    {
      id: "down",
      sas: SAS1,
      ind: "Rata-rata waktu pemulihan gangguan jaringan (downtime) per kejadian",
      sat: "jam",
      t: 4,
      q: [4.6, 4.1, 3.7, 3.5],
      re: "q4",
      lower: true,
      pred: "Sangat Baik",
      f: DEC,
    },
    {
      id: "data",
      sas: "Meningkatnya ketersediaan data statistik sektoral yang akurat dan mutakhir",
      ind: "Jumlah dataset statistik sektoral yang dipublikasikan pada Portal Satu Data",
      sat: "dataset",
      t: 240,
      q: [38, 61, 57, 72],
      re: "sum",
      // planted: the cached capaian of the draft (234 datasets), 97.50
      stale: 97.5,
      pred: "Sangat Baik",
      f: INT,
    },
    {
      id: "lapor",
      sas: "Meningkatnya keterbukaan informasi dan komunikasi publik",
      ind: "Persentase pengaduan masyarakat melalui SP4N-LAPOR! yang ditindaklanjuti",
      sat: "%",
      t: 95,
      q: [78.4, 81.2, 83.9, 84.6],
      re: "q4",
      // planted: 89.05 falls in the > 75 - 90 band (Baik)
      pred: "Sangat Baik",
      f: DEC,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, num: "(5)" },
    ...TW.map((q, i): Col => ({
      key: `q${i + 1}`,
      head: ["Realisasi per Triwulan", q],
      role: "realisasi",
      year: 2024,
      num: `(${6 + i})`,
      width: 9,
    })),
    { key: "re", head: ["Realisasi s.d. TW IV"], role: "realisasi", year: 2024, num: "(10)" },
    { key: "cap", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "(11)", fmt: DEC },
    { key: "pred", head: ["Kriteria"], role: "predikat", num: "(12)", width: 13 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: inds.map((i, k) => ({
      id: i.id,
      cells: (x) => {
        const fm = (v: number): Cell => ({ v, fmt: i.f });
        const c: Record<string, Cell> = {
          no: k + 1,
          sas: i.sas,
          ind: i.ind,
          sat: i.sat,
          t: fm(i.t),
          pred: i.pred,
        };
        i.q.forEach((v, j) => (c[`q${j + 1}`] = fm(v)));
        c.re =
          i.re === "q4" ? fx(x.a("q4")) : i.re === "sum" ? fx(`SUM(${x.a("q1")}:${x.a("q4")})`) : fm(i.re);
        c.cap = i.lower
          ? fx(`ROUND((2-${x.a("re")}/${x.a("t")})*100,2)`)
          : fx(`ROUND(${x.a("re")}/${x.a("t")}*100,2)`, i.stale);
        return c;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "1. Indeks, persentase dan waktu pemulihan bersifat posisi (level): realisasi tahunan = nilai triwulan IV.",
    "2. Jumlah dataset bersifat kumulatif dalam tahun berjalan: realisasi tahunan = jumlah triwulan I s.d. IV.",
    "3. Downtime berpolaritas negatif: capaian = (2 - realisasi / target) x 100.",
    "4. Kriteria: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Rungan Sepang, 20 Februari 2025",
    jabatan: ["Kepala Dinas Komunikasi, Informatika", "dan Statistik,"],
    nama: "YOHANES DAMBUNG TINGANG, S.Kom., M.M.",
    pangkat: "Pembina Tingkat I",
    nip: "19790827 200501 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cap", "data") },
    rules: ["capaian-mismatch"],
    note: "Capaian of the dataset count is =ROUND(J/E*100,2) with a stale cached 97.50 (the draft's 234 datasets); 228 / 240 gives 95.00",
    truth: `ROUND(${a("re", "data")}/${a("t", "data")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "lapor") },
    rules: ["predikat-mismatch"],
    note: "Kriteria 'Sangat Baik' for the SP4N-LAPOR! capaian 89.05 (84.60 / 95.00); the > 75 - 90 band of note 4 is Baik",
    truth: `PREDIKAT_BAIK(${a("cap", "lapor")})`,
  });
  b.ok({
    sheet: S,
    cell: a("re", "spbe"),
    rules: ["sum-mismatch"],
    truth: a("q4", "spbe"),
    trap: `SUM(${a("q1", "spbe")}:${a("q4", "spbe")})`,
  });
  b.ok({
    sheet: S,
    cell: a("re", "intr"),
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: a("q4", "intr"),
    trap: `SUM(${a("q1", "intr")}:${a("q4", "intr")})`,
  });
  b.ok({
    sheet: S,
    cell: a("re", "data"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("q1", "data")}:${a("q4", "data")})`,
    trap: a("q4", "data"),
  });
  b.ok({
    sheet: S,
    cell: a("cap", "down"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `(2-${a("re", "down")}/${a("t", "down")})*100`,
    trap: `${a("re", "down")}/${a("t", "down")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "spbe"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `${a("re", "spbe")}/${a("t", "spbe")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("pred", "intr"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("cap", "intr")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pred", "down"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("cap", "down")})`,
  });
  return b.finish();
}

/** Matriks IKU 2025-2029, Dinas Perpustakaan dan Kearsipan Kabupaten Rungan Sepang. */
export function ikuPerpusRunganSepang(): BookW {
  const b = new BookW(
    "matriks-iku-penjelasan-dispusip-kab-rungan-sepang-2025-2029.xlsx",
    "IKU matrix with Penjelasan / Cara Perhitungan / Sumber Data",
    "No | Sasaran | IKU | Penjelasan | Cara Perhitungan | Satuan | Kondisi Awal (2024) | 'Target Kinerja' written once over Th. 2025 .. Th. 2029 | Sumber Data; no number row, no penanggung jawab; the unorganised inaktif archives fall (lower is better)",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN RUNGAN SEPANG", "DINAS PERPUSTAKAAN DAN KEARSIPAN"]);
  s.lines(["MATRIKS INDIKATOR KINERJA UTAMA", "DINAS PERPUSTAKAAN DAN KEARSIPAN TAHUN 2025 - 2029"], 1, {
    bold: true,
  });
  s.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const inds = [
    {
      id: "kunj",
      sas: "Meningkatnya budaya gemar membaca masyarakat",
      ind: "Jumlah kunjungan perpustakaan",
      pen: "Banyaknya kunjungan ke perpustakaan daerah, perpustakaan keliling dan pojok baca dalam satu tahun",
      cara: "Jumlah kunjungan fisik dan daring tercatat selama 1 (satu) tahun",
      sat: "orang/tahun",
      awal: 47_860,
      // planted: 2028 typed 56,200 (the digits of 65,200 swapped)
      t: [52_000, 57_500, 62_500, 56_200, 68_000],
      sd: "Buku tamu dan aplikasi INLISLite",
      f: INT,
    },
    {
      id: "tgm",
      sas: "Meningkatnya budaya gemar membaca masyarakat",
      ind: "Nilai Tingkat Kegemaran Membaca (TGM) masyarakat",
      pen: "Ukuran frekuensi, durasi dan jumlah bacaan masyarakat hasil survei Perpustakaan Nasional",
      cara: "Rata-rata tertimbang skor frekuensi, durasi dan jumlah bahan bacaan (skala 0 - 100)",
      sat: "nilai",
      awal: 61.42,
      t: [63.5, 65.5, 67.5, 69.5, 71.5],
      sd: "Survei TGM Perpusnas",
      f: DEC,
    },
    {
      id: "iplm",
      sas: "Meningkatnya budaya gemar membaca masyarakat",
      ind: "Indeks Pembangunan Literasi Masyarakat (IPLM)",
      pen: "Ukuran upaya pemerintah daerah membina perpustakaan sebagai wahana literasi",
      cara: "Rata-rata tujuh unsur pembangunan literasi (UPLM 1 s.d. UPLM 7) x 100",
      sat: "indeks",
      awal: 58.06,
      t: [60.25, 62.5, 64.75, 67, 69.25],
      sd: "Pendataan IPLM Perpusnas",
      f: DEC,
    },
    {
      id: "arsip",
      sas: "Meningkatnya tertib pengelolaan arsip perangkat daerah",
      ind: "Persentase arsip inaktif perangkat daerah yang belum ditata",
      pen: "Arsip inaktif OPD yang belum dibenahi, dideskripsi dan didaftar (semakin kecil semakin baik)",
      cara: "(Volume arsip inaktif belum ditata / volume arsip inaktif seluruh OPD) x 100%",
      sat: "%",
      awal: 46.3,
      t: [41, 36, 31, 26, 21],
      sd: "Laporan pengawasan kearsipan internal",
      f: DEC,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 32 },
    { key: "pen", head: ["Penjelasan"], role: "definisi", width: 34 },
    { key: "cara", head: ["Cara Perhitungan"], role: "rumus", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
    ...Y.map((y): Col => ({ key: `y${y}`, head: ["Target Kinerja", `Th. ${y}`], role: "target", year: y })),
    { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 24 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    groups: "first",
    rows: inds.map((i, k) => ({
      id: i.id,
      cells: () => {
        const c: Record<string, Cell> = {
          no: k + 1,
          sas: i.sas,
          ind: i.ind,
          pen: i.pen,
          cara: i.cara,
          sat: i.sat,
          awal: { v: i.awal, fmt: i.f },
          sd: i.sd,
        };
        Y.forEach((y, j) => (c[`y${y}`] = { v: i.t[j], fmt: i.f }));
        return c;
      },
    })),
  });
  s.gap();
  signature(s, 10, {
    tempat: "Rungan Sepang, 6 Januari 2025",
    jabatan: ["Kepala Dinas Perpustakaan dan Kearsipan,"],
    nama: "Dra. MARIANA SUHUK LIMPAU, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19720415 199803 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2028", "kunj") },
    rules: ["target-trend", "target-outlier"],
    note: "Kunjungan target 2028 typed 56,200 between 62,500 (2027) and 68,000 (2029): the digits of 65,200 swapped, the visits fall for a higher-is-better flow",
    truth: `(${a("y2027", "kunj")}+${a("y2029", "kunj")})/2`,
  });
  b.ok({
    sheet: S,
    cell: a("y2029", "arsip"),
    rules: ["target-trend"],
    truth: "21",
    trap: a("y2025", "arsip"),
  });
  b.ok({
    sheet: S,
    cell: a("y2026", "arsip"),
    rules: ["target-trend"],
    truth: "36",
    trap: a("awal", "arsip"),
  });
  b.ok({ sheet: S, cell: a("y2029", "kunj"), rules: ["target-trend", "target-outlier"], truth: "68000" });
  b.ok({ sheet: S, cell: a("y2027", "iplm"), rules: ["target-trend"], truth: "64.75" });
  return b.finish();
}
