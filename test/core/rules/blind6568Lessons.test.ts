// What forms-blind65 .. 68 taught (Bappeda and BPKAD of Jawa Barat and Banten; public works and
// housing of Sumatera Selatan and Bengkulu; social, Kesbangpol and cooperative offices of Maluku
// Utara and Sulawesi Utara; environment, water and food offices of Kalimantan Selatan and NTT):
// the forms' own words and arithmetic, read where the earlier sets had not written them.
import { detectTables } from "../../../src/core/detect";
import { classifyHeader } from "../../../src/core/detect/roles";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const found = foundOn;
const roles = (spec: SheetSpec, t = 0): string[] =>
  detectTables(sheet(spec))[t].columns.map((c) => `${c.role}${c.year ? ` ${c.year}` : ""}`);

it("reads a number row that repeats a pair heading's number over K and Rp", () => {
  const spec: SheetSpec = {
    name: "E79",
    rows: [
      ["EVALUASI TERHADAP HASIL RKPD KABUPATEN SUKALARANG TAHUN 2024"],
      [
        "No",
        "Kode",
        "Program",
        "Indikator Kinerja Program",
        "Satuan",
        "Target RKPD 2024",
        null,
        "Realisasi s.d. Triwulan IV",
        null,
      ],
      [null, null, null, null, null, "K", "Rp", "K", "Rp"],
      ["1", "2", "3", "4", "5", "6", "6", "7", "7"],
      [
        1,
        "1.03.02",
        "Program Pengelolaan SDA",
        "Persentase jaringan irigasi baik",
        "%",
        68,
        12_480_500,
        67.2,
        12_131_330,
      ],
      [
        2,
        "1.03.10",
        "Program Penyelenggaraan Jalan",
        "Panjang jalan ditingkatkan",
        "km",
        42.5,
        48_615_250,
        40.9,
        47_568_450,
      ],
      [3, "2.09.02", "Program Ketahanan Pangan", "Skor PPH", "skor", 88.5, 2_315_750, 88.9, 2_295_550],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:G2", "H2:I2"],
  };
  const t = detectTables(sheet(spec))[0];
  expect(t.numberRow).toBe(4);
  expect(found(spec)).toEqual([]);
});

describe("the notes name the negatives by their unit", () => {
  const spec = (g9: number, f9: string): SheetSpec => ({
    name: "Pengukuran",
    rows: [
      ["Tabel 3.2 Pengukuran Kinerja Sasaran Strategis BPKAD Tahun 2024"],
      ["No", "Indikator Kinerja Sasaran", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      [1, "Rata-rata waktu penerbitan SP2D sejak SPM diterima", "hari", 3, 2.5, 116.67],
      [2, "Rata-rata waktu verifikasi SPJ fungsional", "hari kerja", 5, 6, g9],
      [3, "Persentase realisasi PAD terhadap target", "%", 100, 103.42, 103.42],
      [4, "Indeks Pengelolaan Keuangan Daerah", "indeks", 75, 71.2, 94.93],
      [],
      [
        "*) indikator satuan hari: semakin kecil semakin baik, capaian = (2 x target - realisasi) / target x 100%.",
      ],
    ],
    formulas: {
      F3: "ROUND((2*D3-E3)/D3*100,2)",
      F4: f9,
      F5: "ROUND(E5/D5*100,2)",
      F6: "ROUND(E6/D6*100,2)",
    },
  });
  it("holds 'hari kerja' to the refleksi", () => {
    expect(found(spec(80, "ROUND((2*D4-E4)/D4*100,2)"))).toEqual([]);
    expect(found(spec(120, "ROUND(E4/D4*100,2)"))).toEqual([["capaian-mismatch", "F4"]]);
  });
});

it("reads a budget's totals and kinds of spending as its pagu", () => {
  expect(classifyHeader(["Total Pagu"])).toMatchObject({ role: "anggaran" });
  expect(classifyHeader(["Anggaran Setelah Perubahan", "Pegawai"])).toMatchObject({ role: "anggaran" });
  expect(classifyHeader(["Anggaran Setelah Perubahan", "Barang & Jasa"])).toMatchObject({ role: "anggaran" });
  expect(classifyHeader(["Anggaran", "Modal"])).toMatchObject({ role: "anggaran" });
  // a cooperative's capital stays no budget
  expect(classifyHeader(["Koperasi", "Modal"])).toMatchObject({ role: "lainnya" });
});

describe("a capaian to date against the Renstra's end target, beside the year's", () => {
  const spec = (j: number): SheetSpec => ({
    name: "Capaian IKU",
    rows: [
      ["Capaian Indikator Kinerja Utama Tahun 2024 dibandingkan dengan Target Renstra"],
      [
        "No",
        "Indikator",
        "Sat.",
        "Kinerja 2024",
        null,
        null,
        "Target Akhir Renstra 2026",
        "Capaian s.d. 2024 thd Renstra (%)",
      ],
      [null, null, null, "Target", "Realisasi", "Capaian (%)", null, null],
      [
        1,
        "Persentase SKPD yang menyampaikan laporan keuangan tepat waktu",
        "%",
        90,
        92.31,
        102.57,
        100,
        92.31,
      ],
      [2, "Rasio PAD terhadap total pendapatan daerah", "%", 21.5, 20.86, 97.02, 24, j],
      [3, "Persentase piutang PBB-P2 yang tertagih", "%", 40, 28.4, 71, 50, 56.8],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "H2:H3"],
    formulas: {
      F4: "ROUND(E4/D4*100,2)",
      F5: "ROUND(E5/D5*100,2)",
      F6: "ROUND(E6/D6*100,2)",
      H4: "ROUND(E4/G4*100,2)",
      H6: "ROUND(E6/G6*100,2)",
    },
  });
  it("is the pair its own formulas divide", () => {
    expect(found(spec(86.92)).filter(([r]) => r === "capaian-mismatch")).toEqual([]);
    expect(found(spec(80.92)).filter(([r]) => r === "capaian-mismatch")).toEqual([
      ["capaian-mismatch", "H5"],
    ]);
  });
});

describe("a works contract's payments", () => {
  const spec = (l4: number, j5: string, i5: number | string): SheetSpec => ({
    name: "Rekap Paket 2024",
    rows: [
      ["REKAPITULASI PROGRES FISIK DAN KEUANGAN PAKET PEKERJAAN TAHUN 2024"],
      [
        "No",
        "Nama Paket",
        "Nilai Kontrak (Rp)",
        "Addendum (Rp)",
        "Nilai Setelah Addendum (Rp)",
        "Realisasi Pembayaran (Rp)",
        null,
        null,
        null,
        "Progres (%)",
        null,
      ],
      [
        null,
        null,
        null,
        null,
        null,
        "Termin I",
        "Termin II",
        "Termin III / PHO",
        "Jumlah",
        "Fisik",
        "Keuangan",
      ],
      [
        1,
        "Pembangunan PSU Perumahan MBR",
        2_846_300_000,
        0,
        2_846_300_000,
        853_890_000,
        1_138_520_000,
        711_575_000,
        2_703_985_000,
        100,
        l4,
      ],
      [
        2,
        "Jalan Lingkungan Talang Kering",
        1_964_800_000,
        -48_200_000,
        1_916_600_000,
        589_440_000,
        785_920_000,
        i5,
        1_375_360_000,
        92.5,
        71.76,
      ],
      [
        3,
        "Peningkatan Kualitas RTLH (BSPS)",
        2_640_000_000,
        0,
        2_640_000_000,
        792_000_000,
        1_056_000_000,
        660_000_000,
        2_508_000_000,
        100,
        95,
      ],
      [
        4,
        "Sarana Air Bersih Permukiman",
        1_385_750_000,
        27_500_000,
        1_413_250_000,
        415_725_000,
        554_300_000,
        346_438_000,
        1_316_463_000,
        100,
        93.15,
      ],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:I2", "J2:K2"],
    formulas: {
      E4: "C4+D4",
      E5: "C5+D5",
      E6: "C6+D6",
      E7: "C7+D7",
      I4: "SUM(F4:H4)",
      I5: j5,
      I6: "SUM(F6:H6)",
      I7: "SUM(F7:H7)",
      K4: "ROUND(I4/E4*100,2)",
      K5: "ROUND(I5/E5*100,2)",
      K6: "ROUND(I6/E6*100,2)",
      K7: "ROUND(I7/E7*100,2)",
    },
  });
  it("reads the progress as realised and the money's share of the contract", () => {
    expect(roles(spec(95, "SUM(F5:H5)", "-")).slice(2)).toEqual([
      "lainnya",
      "lainnya",
      "anggaran 2024",
      "realisasi-anggaran 2024",
      "realisasi-anggaran 2024",
      "realisasi-anggaran 2024",
      "realisasi-anggaran 2024",
      "realisasi 2024",
      "capaian 2024",
    ]);
  });
  it("holds a stale share to its own pair and lets a SUM leave out a termin not paid", () => {
    expect(found(spec(95, "SUM(F5:G5)", "-"))).toEqual([]);
    expect(found(spec(70, "SUM(F5:H5)", "-"))).toEqual([["capaian-mismatch", "K4"]]);
  });
});

it("takes the polarity the notes give by row number, 'nomor' left out", () => {
  const spec = (j6: string, v: number): SheetSpec => ({
    name: "Bab III",
    rows: [
      ["Tabel 3.2 Pengukuran Capaian Indikator Kinerja Utama Tahun 2024"],
      ["No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      [1, "Persentase kemantapan jalan provinsi", "%", 71.5, 72.84, 101.87],
      [2, "Persentase panjang jalan provinsi kondisi rusak berat", "%", 9.5, 8.62, 109.26],
      [3, "Rata-rata waktu tempuh per 100 km pada ruas strategis", "jam", 2.4, 2.58, v],
      [4, "Persentase rumah tangga dengan akses air minum layak", "%", 84.2, 85.07, 101.03],
      [],
      ["Keterangan:"],
      ["- Indikator 2 dan 3 berpolaritas negatif (semakin kecil semakin baik)."],
    ],
    formulas: {
      F3: "ROUND(E3/D3*100,2)",
      F4: "ROUND((2*D4-E4)/D4*100,2)",
      F5: j6,
      F6: "ROUND(E6/D6*100,2)",
    },
  });
  expect(found(spec("ROUND((2*D5-E5)/D5*100,2)", 92.5))).toEqual([]);
  expect(found(spec("ROUND(E5/D5*100,2)", 107.5))).toEqual([["capaian-mismatch", "F5"]]);
});

describe("two targets of one year in one table", () => {
  const spec = (h4: number): SheetSpec => ({
    name: "Bab III",
    rows: [
      ["Tabel 3.2 Pengukuran Capaian Indikator Kinerja Utama Tahun 2024"],
      ["No", "Indikator Kinerja Utama", "Satuan", "Target Renstra", null, null, "Tahun 2024", null],
      [null, null, null, "2024", "2025", "2026", "Target PK", "Realisasi"],
      [1, "Panjang jalan provinsi dalam kondisi mantap", "km", 1080.4, 1103.05, 1132.71, h4, 1098.14],
      [2, "Persentase kemantapan jalan provinsi", "%", 71.5, 73, 75, 71.5, 72.84],
      [3, "Persentase daerah irigasi dalam kondisi baik", "%", 68, 70, 72, 68, 51.3],
      [4, "Persentase rumah tangga dengan akses air minum layak", "%", 84.2, 86.1, 88, 84.2, 85.07],
      [5, "Persentase jembatan provinsi dalam kondisi baik", "%", 80, 82, 84, 80, 81.5],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:H2"],
  });
  it("names the one copied from another year", () => {
    expect(found(spec(1080.4))).toEqual([]);
    expect(found(spec(1103.05))).toEqual([["cross-table-mismatch", "G4"]]);
    // a difference of the PK's own (no other year's figure) is left to the planner
    expect(found(spec(1090))).toEqual([]);
  });
});

it("reads a row-wise block's polarity from any of its rows", () => {
  const spec = (f: string, v: number): SheetSpec => ({
    name: "Tabel 3.4",
    rows: [
      ["Tabel 3.4 Perbandingan Target, Realisasi dan Capaian Kinerja"],
      ["No", "Indikator Kinerja", "Satuan", "Uraian", "2023", "2024", "Keterangan"],
      [1, "Persentase koperasi aktif", "%", "Tgt", 58, 62, null],
      [1, "Persentase koperasi aktif", "%", "Real", 55.4, 63.1, null],
      [1, "Persentase koperasi aktif", "%", "% Capaian", 95.52, 101.77, null],
      [
        2,
        "Persentase koperasi yang tidak melaksanakan RAT tepat waktu",
        "%",
        "Tgt",
        35,
        30,
        "semakin kecil semakin baik",
      ],
      [2, "Persentase koperasi yang tidak melaksanakan RAT tepat waktu", "%", "Real", 31.2, 33.6, null],
      [2, "Persentase koperasi yang tidak melaksanakan RAT tepat waktu", "%", "% Capaian", 110.86, v, null],
    ],
    formulas: {
      E5: "ROUND(E4/E3*100,2)",
      F5: "ROUND(F4/F3*100,2)",
      E8: "ROUND((2*E6-E7)/E6*100,2)",
      F8: f,
    },
  });
  expect(found(spec("ROUND((2*F6-F7)/F6*100,2)", 88))).toEqual([]);
  expect(found(spec("ROUND(F7/F6*100,2)", 112))).toEqual([["capaian-mismatch", "F8"]]);
});

it("takes 'adalah posisi akhir triwulan' in the notes as no sum of the quarters", () => {
  const spec: SheetSpec = {
    name: "E.81",
    rows: [
      ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TAHUN 2024"],
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Target 2024",
        "Realisasi Triwulan",
        null,
        null,
        null,
        "Realisasi s.d. TW IV",
      ],
      [null, null, null, null, "I", "II", "III", "IV", null],
      [1, "Jumlah TPS / TPS3R yang dibangun", "unit", 6, 0, 1, 2, 3, 6],
      [2, "Jumlah ritase angkutan sampah", "rit", 7300, 1794, 1812, 1856, 1873, 7335],
      [3, "Jumlah bank sampah aktif yang dibina", "unit", 24, 18, 20, 23, 25, 25],
      [],
      [
        "Realisasi K persentase, ton/hari dan bank sampah aktif adalah posisi akhir triwulan, bukan penjumlahan triwulan.",
      ],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:I3"],
    formulas: { I4: "SUM(E4:H4)", I5: "SUM(E5:H5)", I6: "H6" },
  };
  expect(found(spec)).toEqual([]);
});

it("reads what aid recipients were paid as realised money", () => {
  const spec: SheetSpec = {
    name: "Rekap Des 2024",
    rows: [
      ["REKAPITULASI PENERIMA BANTUAN SOSIAL MENURUT KECAMATAN"],
      ["KEADAAN S.D. BULAN DESEMBER TAHUN 2024"],
      ["No", "Kecamatan", "PKH", null, "PBI JK (APBD Kota)", null],
      [null, null, "Jml KPM", "Nilai Bantuan (Rp)", "Jiwa", "Iuran (Rp)"],
      [1, "Sidangoli Utara", 1284, 3_356_250_000, 1650, 831_600_000],
      [2, "Bobaneigo", 1037, 2_701_125_000, 1320, 665_280_000],
      [3, "Soasiu Barat", 1652, 4_322_700_000, 2140, 1_078_560_000],
    ],
    merges: ["A3:A4", "B3:B4", "C3:D3", "E3:F3"],
  };
  const r = roles(spec);
  expect([r[3], r[5]]).toEqual(["realisasi-anggaran 2024", "realisasi-anggaran 2024"]);
});

it("offers no realisation for a month's days or a score's maximum", () => {
  const spec: SheetSpec = {
    name: "Rekap Tonase",
    rows: [
      ["REKAPITULASI BULANAN TIMBULAN DAN PENANGANAN SAMPAH TAHUN 2024"],
      ["No", "Bulan", "Jml Hari", "Sampah Terangkut (ton)", "Skor Maksimal"],
      [1, "Januari", 31, 2388.6, 25],
      [2, "Februari", 29, 2251.3, 25],
      [3, "Maret", 31, 2402.9, 25],
    ],
  };
  const cols = detectTables(sheet(spec))[0].columns;
  expect(cols[2].tebakan).toBeUndefined();
  expect(cols[4].tebakan).toBeUndefined();
  expect(cols[3].tebakan?.role).toBe("realisasi");
});

it("reads the columns under a comparison with the end target by their own words", () => {
  expect(classifyHeader(["Dibandingkan Target Akhir Renstra 2026", "Target Renstra 2026"])).toMatchObject({
    role: "target",
    year: 2026,
  });
  expect(classifyHeader(["Dibandingkan Target Akhir Renstra 2026", "Status"])).toMatchObject({
    role: "predikat",
  });
});

it("names a score total's SUM saved without recalculation", () => {
  const spec = (h: number): SheetSpec => ({
    name: "PPH 2024",
    rows: [
      ["SITUASI KONSUMSI PANGAN PENDUDUK DAN SKOR PPH TAHUN 2024"],
      ["No", "Kelompok Pangan", "Energi (kkal/kap/hari)", "Skor PPH"],
      [1, "Padi-padian", 1302, 25],
      [2, "Umbi-umbian", 168, 2.5],
      [3, "Pangan hewani", 189, 18],
      [4, "Sayur dan buah", 98, 23.5],
      ["JUMLAH", null, 1757, h],
    ],
    formulas: { C7: "SUM(C3:C6)", D7: "SUM(D3:D6)" },
  });
  expect(found(spec(69))).toEqual([]);
  expect(found(spec(67.2))).toEqual([["sum-mismatch", "D7"]]);
});

it("reads a contract's amendment as no pagu and a payment to date above the contract as over it", () => {
  expect(classifyHeader(["Addendum (Rp)", "(+) tambah / (-) kurang"])).toMatchObject({ role: "lainnya" });
  expect(classifyHeader(["Kontrak", "Nilai Awal (Rp)"])).toMatchObject({ role: "lainnya" });
  const spec = (k: number): SheetSpec => ({
    name: "Progres TW III",
    rows: [
      ["LAPORAN PERKEMBANGAN PELAKSANAAN PAKET PEKERJAAN KONSTRUKSI TAHUN 2024"],
      ["Posisi s.d. 30 September 2024 (Triwulan III)"],
      [
        "No",
        "Nama Paket Pekerjaan",
        "Nilai Kontrak Akhir (Rp)",
        "Progres Fisik (%)",
        null,
        "Pembayaran s.d. TW III",
        null,
      ],
      [null, null, null, "Rencana", "Realisasi", "Termin (Rp)", "% thd Kontrak"],
      [1, "Peningkatan Jalan Ruas Muara Selangis", 14_872_350_000, 78.4, 81.25, 10_410_645_000, 70],
      [2, "Rekonstruksi Jalan Sp. Air Rambai", 23_620_430_000, 65, 61.37, 11_810_215_000, 50],
      [3, "Pelebaran Jalan Lingkar Muara Selangis", 10_116_500_000, 55, 58.1, k, 0],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3"],
    formulas: { G5: "ROUND(F5/C5*100,2)", G6: "ROUND(F6/C6*100,2)", G7: "ROUND(F7/C7*100,2)" },
  });
  const s = (k: number): SheetSpec => {
    const x = spec(k);
    x.rows[6][6] = Math.round((k / 10_116_500_000) * 10000) / 100;
    return x;
  };
  expect(found(s(8_093_200_000))).toEqual([]);
  expect(found(s(10_611_650_000))).toEqual([["serapan-over-100", "F7"]]);
});

it("reads 'Kab.' and 'Kabupaten' naming the rows as places", () => {
  expect(classifyHeader(["Kab."])).toMatchObject({ role: "lokasi" });
  expect(classifyHeader(["Kabupaten"])).toMatchObject({ role: "lokasi" });
});

it("names a target two swapped digits took off a rising path", () => {
  const spec = (i: number): SheetSpec => ({
    name: "Matriks IKU",
    rows: [
      ["INDIKATOR KINERJA UTAMA BADAN KESATUAN BANGSA DAN POLITIK 2025-2029"],
      [
        "No",
        "Indikator Kinerja Utama",
        "Satuan",
        "Kondisi Awal (2024)",
        "Target Tahunan",
        null,
        null,
        null,
        null,
      ],
      [null, null, null, null, "2025", "2026", "2027", "2028", "2029"],
      [1, "Indeks Wawasan Kebangsaan Masyarakat", "indeks (1-5)", 3.42, 3.5, 3.58, i, 3.74, 3.82],
      [2, "Indeks Kepuasan Ormas terhadap Layanan Fasilitasi", "indeks (1-5)", 3.9, 3.95, 4, 4.05, 4.1, 4.15],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:I2"],
  });
  expect(found(spec(3.65))).toEqual([]);
  expect(found(spec(3.56))).toEqual([["target-outlier", "G4"]]);
});

describe("a year's pagu broken down two ways on one sheet", () => {
  const spec = (d: number): SheetSpec => ({
    name: "Renja 2026",
    rows: [
      ["Tabel 1. Program dan Kegiatan Tahun 2026 serta Prakiraan Maju 2027"],
      ["Kode", "Program / Kegiatan", "Indikator", "Tahun Rencana (2026)", null, "Tahun Maju (2027)", null],
      [null, null, null, "Target", "Pagu Indikatif (Rp)", "Target", "Pagu Indikatif (Rp)"],
      ["8.01.02", "PROGRAM PEMBERDAYAAN ORMAS", "Persentase ormas aktif", 70, 310_950_000, 74, 325_250_000],
      [
        "8.01.03",
        "PROGRAM KETAHANAN EKONOMI, SOSIAL DAN BUDAYA",
        "Persentase konflik sosial yang dapat dicegah",
        90,
        545_650_000,
        92,
        571_300_000,
      ],
      [
        "8.01.04",
        "PROGRAM PENDIDIKAN POLITIK",
        "Tingkat partisipasi pemilih",
        78,
        688_360_000,
        80,
        711_310_000,
      ],
      ["TOTAL", null, null, null, 1_544_960_000, null, 1_607_860_000],
      [],
      [null, "Tabel 2. Rekapitulasi Pagu Indikatif menurut Sumber Dana"],
      [null, "No", "Sumber Dana", "Pagu 2026 (Rp)", "Prakiraan Maju 2027 (Rp)"],
      [null, 1, "Pendapatan Asli Daerah (PAD)", 96_350_000, 96_350_000],
      [null, 2, "Dana Alokasi Umum (DAU)", d, 1_345_210_000],
      [null, 3, "Dana Bagi Hasil (DBH)", 158_400_000, 166_300_000],
      [null, "JUMLAH", null, d + 254_750_000, 1_607_860_000],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:G2"],
    formulas: { E7: "SUM(E4:E6)", G7: "SUM(G4:G6)", D14: "SUM(D11:D13)", E14: "SUM(E11:E13)" },
  });
  it("holds their totals to each other where one year agrees", () => {
    expect(found(spec(1_290_210_000))).toEqual([]);
    expect(found(spec(1_209_210_000))).toEqual([["cross-table-mismatch", "D14"]]);
  });
});

it("compares no pagu of a year that one table has twice (APBD Murni | APBD Perubahan)", () => {
  const spec: SheetSpec = {
    name: "Realisasi TW IV 2024",
    rows: [
      ["LAPORAN REALISASI ANGGARAN PER PROGRAM TRIWULAN IV TAHUN ANGGARAN 2024"],
      ["No", "Nama Program", "Pagu Anggaran (Rp)", null, "Realisasi s.d. TW IV (Rp)"],
      [null, null, "APBD Murni", "APBD Perubahan", null],
      [1, "PROGRAM PENUNJANG URUSAN", 14_862_450_000, 15_204_870_000, 14_732_759_080],
      [2, "PROGRAM PERENCANAAN LINGKUNGAN HIDUP", 385_000_000, 352_500_000, 341_265_000],
      [3, "PROGRAM PENGELOLAAN PERSAMPAHAN", 12_650_000_000, 11_940_000_000, 11_856_443_500],
      ["JUMLAH", null, 27_897_450_000, 27_497_370_000, 26_930_467_580],
      [],
      ["Kode Rekening", "Jenis Belanja", "Pagu Perubahan (Rp)", "Realisasi s.d. TW IV (Rp)"],
      ["5.1", "BELANJA OPERASI", 24_497_370_000, 23_930_467_580],
      ["5.2", "BELANJA MODAL", 3_000_000_000, 3_000_000_000],
      ["JUMLAH", null, 27_497_370_000, 26_930_467_580],
    ],
    merges: ["A2:A3", "B2:B3", "C2:D2", "E2:E3"],
    formulas: {
      C7: "SUM(C4:C6)",
      D7: "SUM(D4:D6)",
      E7: "SUM(E4:E6)",
      C12: "SUM(C10:C11)",
      D12: "SUM(D10:D11)",
    },
  };
  expect(found(spec)).toEqual([]);
});

describe("a recap by place beside the detail it sums", () => {
  const spec = (e: number): SheetSpec => ({
    name: "Kondisi Jalan 2024",
    rows: [
      ["DATA KONDISI JALAN PROVINSI PER RUAS TAHUN 2024"],
      ["No.", "Nama Ruas Jalan", "Kab.", "Panjang Ruas (km)", "Kondisi Permukaan (km)", null],
      [null, null, null, null, "Baik", "Sedang"],
      [1, "Sp. Tanjung Rambai - Muara Selangis", "Muara Selangis", 42.6, 25.3, 9.8],
      [2, "Muara Selangis - Bts. Kab. Lematang Hulu", "Muara Selangis", 37.15, 18.4, 10.25],
      [3, "Sp. Air Rambai - Pangkalan Sepuh", "Lematang Hulu", 28.9, 20.15, 5.35],
      [4, "Pangkalan Sepuh - Talang Bekisar", "Lematang Hulu", 51.35, 22.7, 14.05],
      [5, "Sp. Sukadana - Ulak Kemang", "Penukal Ulu", 33.8, 12.6, 11.2],
      [6, "Ulak Kemang - Bts. Prov. Jambi", "Penukal Ulu", 19.45, 5.2, 6.85],
      ["JUMLAH", null, null, 213.25, 104.35, 57.5],
      [],
      ["REKAPITULASI KONDISI JALAN PROVINSI MENURUT KABUPATEN"],
      ["No", "Kabupaten", "Baik (km)", "Sedang (km)"],
      [1, "Muara Selangis", 43.7, 20.05],
      [2, "Lematang Hulu", 42.85, 19.4],
      [3, "Penukal Ulu", e, 18.05],
      [null, "PROVINSI", 86.55 + e, 57.5],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2"],
    formulas: {
      D10: "SUM(D4:D9)",
      E10: "SUM(E4:E9)",
      F10: "SUM(F4:F9)",
      C17: "SUM(C14:C16)",
      D17: "SUM(D14:D16)",
    },
  });
  it("holds each place's figure to the sum of its rows", () => {
    expect(found(spec(17.8))).toEqual([]);
    expect(found(spec(17.08))).toEqual([["cross-table-mismatch", "C16"]]);
  });
});
