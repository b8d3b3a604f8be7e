// What forms-blind286 and 289 .. 292 taught (mental health, public information, extension
// services, an RSUD's emergency room, SMK graduates): a note's subject is found under its passive
// verb; a running total is held to its periods; "Siaran Radio" is no ratio; complaints counted in
// a table of services are the service's use; a note "posisi akhir TW" keeps the level; an Rp
// capaian is no copy of the K beside it; a two-column table beside a recap stands alone;
// "Keterserapan Lulusan" counts graduates.
import { detectTables } from "../../../src/core/detect";
import { reportTable } from "../../../src/core/report";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const roles = (spec: SheetSpec): string[][] =>
  detectTables(sheet(spec)).map((t) => reportTable(t).columns.map((c) => `${c.column} ${c.role}`));

describe("a note's subject under its passive verb (forms-blind286)", () => {
  const spec = (capaian: number): SheetSpec => ({
    name: "Tabel 3.2",
    rows: [
      ["Tabel 3.2 Capaian Indikator Kinerja Dinas Kesehatan Tahun 2024"],
      [],
      ["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)"],
      [1, "Persentase ODGJ berat yang mendapat pelayanan sesuai standar", "%", 92, 93.1, 101.2],
      [2, "Jumlah ODGJ yang masih dipasung", "orang", 14, 9, 135.71],
      [3, "Angka kekambuhan klien pasca rehabilitasi NAPZA", "%", 25, 28.5, capaian],
      [],
      [
        "Indikator pasung dan kekambuhan bersifat negatif: capaian = (2 x target - realisasi) / target x 100.",
      ],
    ],
  });

  it("reads 'pasung' in 'yang masih dipasung', so the note names both", () => {
    expect(foundOn(spec(86))).toEqual([]);
    expect(foundOn(spec(114))).toContainEqual(["capaian-mismatch", "F6"]);
  });
});

describe("a running total down the quarters (forms-blind286)", () => {
  const spec = (tw3: number): SheetSpec => ({
    name: "SPM Lansia 2024",
    rows: [
      ["CAPAIAN SPM PELAYANAN KESEHATAN USIA LANJUT TAHUN 2024"],
      [],
      ["Periode", "Sasaran Usia Lanjut (60+)", "Mendapat Skrining", "", "Capaian SPM (%)"],
      ["Periode", "Sasaran Usia Lanjut (60+)", "Triwulan Ini", "Kumulatif", "Capaian SPM (%)"],
      ["Triwulan I", 18640, 3215, 3215, 17.25],
      ["Triwulan II", 18640, 4108, 7323, 39.29],
      ["Triwulan III", 18640, 4362, tw3, 63.65],
      ["Triwulan IV", 18640, 3987, 15672, 84.08],
    ],
    merges: ["C3:D3", "A3:A4", "B3:B4", "E3:E4"],
    formulas: { D6: "D5+C6", D8: "SUM(C5:C8)" },
  });

  it("holds a typed Kumulatif to the quarters up to it", () => {
    expect(foundOn(spec(11685))).toEqual([]);
    expect(foundOn(spec(11865))).toContainEqual(["sum-mismatch", "D7"]);
  });
});

describe("'Siaran Radio' is no 'rasio' (forms-blind289)", () => {
  it("reads the radio broadcasts as a count beside the others", () => {
    const spec: SheetSpec = {
      name: "Diseminasi 2024",
      rows: [
        ["REKAPITULASI DISEMINASI INFORMASI PUBLIK PER KECAMATAN TAHUN 2024"],
        [],
        ["No", "Kecamatan", "Jumlah Kegiatan Diseminasi", "", "", ""],
        ["No", "Kecamatan", "Tatap Muka", "Siaran Radio", "Media Sosial", "Jumlah"],
        [1, "Kajoran Sepuh", 14, 48, 212, 274],
        [2, "Ngadirejo Wetan", 9, 36, 140, 185],
        [3, "Gunungkidul Lor", 11, 30, 118, 159],
        [4, "Selorejo", 7, 24, 96, 127],
      ],
      merges: ["C3:F3", "A3:A4", "B3:B4"],
    };
    expect(roles(spec)[0]).not.toContain("D capaian");
  });
});

describe("complaints counted in a table of applications (forms-blind289)", () => {
  const spec = (capaian: number): SheetSpec => ({
    name: "Rekap 2024",
    rows: [
      ["Rekapitulasi Transaksi Aplikasi Layanan Publik Tahun 2024"],
      [],
      ["Aplikasi / Layanan", "Satuan", "Realisasi 2024", "Target 2024", "Capaian (%)"],
      ["Perizinan online (SiPintar)", "transaksi", 21773, 20000, 108.87],
      ["Pengaduan warga (Lapor Seranti)", "laporan", 5323, 5000, capaian],
      ["Antrean layanan Dukcapil online", "antrean", 31327, 42000, 74.59],
    ],
  });

  it("guesses no polarity for 'Pengaduan warga': the service's use, R/T or not", () => {
    expect(foundOn(spec(106.46))).toEqual([]);
  });
});

describe("a note 'capaian kumulatif (posisi akhir TW)' on a percentage (forms-blind290)", () => {
  it("keeps the level: the year is the last quarter's, not their sum", () => {
    const spec: SheetSpec = {
      name: "Evaluasi Renja 2024",
      rows: [
        ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TAHUN 2024"],
        [],
        [
          "Indikator",
          "Satuan",
          "Target Renja Tahun 2024",
          "Realisasi TW I",
          "Realisasi TW II",
          "Realisasi TW III",
          "Realisasi TW IV",
          "Realisasi Renja Tahun 2024",
          "Keterangan",
        ],
        ["1", "2", "7", "8", "9", "10", "11", "12 = 8+9+10+11", "15"],
        [
          "Persentase kelompok tani kelas madya dan utama",
          "%",
          36,
          31.8,
          33,
          34.6,
          36.4,
          36.4,
          "capaian kumulatif (posisi akhir TW)",
        ],
        ["Jumlah kelompok tani yang naik kelas", "kelompok", 40, 6, 10, 12, 9, 37, "Bidang Penyuluhan"],
        ["Jumlah BPP yang difasilitasi sarana penyuluhan", "BPP", 14, 2, 4, 5, 3, 14, "Bidang Penyuluhan"],
      ],
    };
    expect(foundOn(spec)).toEqual([]);
  });
});

describe("a two-column table beside a recap (forms-blind291)", () => {
  it("stands alone: 'Penjamin | Pendapatan 2024 (Rp)'", () => {
    const spec: SheetSpec = {
      name: "Pendapatan BLUD 2024",
      rows: [
        ["LAPORAN REALISASI PENDAPATAN BLUD TAHUN ANGGARAN 2024"],
        [],
        [
          "No",
          "Unit Pelayanan",
          "Target Pendapatan (Rp)",
          "Realisasi Pendapatan (Rp)",
          "% Capaian",
          "",
          "Penjamin",
          "Pendapatan 2024 (Rp)",
        ],
        [
          1,
          "Instalasi Gawat Darurat",
          6450000000,
          6300550000,
          97.68,
          null,
          "BPJS Kesehatan (JKN)",
          42739650000,
        ],
        [2, "Instalasi Rawat Jalan", 9800000000, 9518000000, 97.12, null, "Pasien Umum", 9412350000],
        [
          3,
          "Instalasi Rawat Inap",
          18250000000,
          17568550000,
          96.27,
          null,
          "Asuransi Lain / Jamkesda",
          2105600000,
        ],
        [4, "Instalasi Farmasi", 12600000000, 14162000000, 112.4, null, "Jumlah", 54257600000],
        [5, "Instalasi Laboratorium", 4150000000, 4093750000, 98.64],
        [6, "Instalasi Radiologi", 2900000000, 2614750000, 90.16],
      ],
    };
    const tables = detectTables(sheet(spec));
    expect(tables.map((t) => [t.range.c1, t.range.c2])).toEqual([
      [1, 5],
      [7, 8],
    ]);
  });
});

describe("'Keterserapan Lulusan' counts graduates (forms-blind292)", () => {
  it("reads 'Keterserapan Lulusan > Bekerja' as no absorption of money", () => {
    const spec: SheetSpec = {
      name: "BMW 2024",
      rows: [
        ["HASIL PENELUSURAN LULUSAN SMK TAHUN 2024"],
        [],
        ["No", "Bidang Keahlian", "Jumlah Lulusan", "Keterserapan Lulusan", "", "", ""],
        ["No", "Bidang Keahlian", "Jumlah Lulusan", "Bekerja", "Melanjutkan", "Wirausaha", "Jumlah BMW"],
        [1, "Teknologi Manufaktur dan Rekayasa", 612, 318, 74, 41, 433],
        [2, "Teknologi Informasi", 548, 231, 102, 58, 391],
        [3, "Bisnis dan Pemasaran", 705, 286, 97, 112, 495],
      ],
      merges: ["D3:G3", "A3:A4", "B3:B4", "C3:C4"],
    };
    expect(roles(spec)[0].filter((r) => r.endsWith("capaian"))).toEqual([]);
  });
});
