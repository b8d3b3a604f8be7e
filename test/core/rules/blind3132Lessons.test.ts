// What the thirty-third and thirty-fourth form sets (test/forms-blind31, a Bappeda's own documents
// in NTB and Sulawesi Tenggara; test/forms-blind32, sector offices of Aceh and Bengkulu) taught:
// an E.79's "Tingkat Capaian thd Target Akhir" after the years' realisations is measured with the
// latest; a typed copy is compared at its own precision (0,369 is no copy of 0,366); a Rencana
// Aksi's twelve months add up to its year, "-" being a month without any; a spending plan per
// quarter is pagu, not absorption; a SAKIP recap's "(7)=(3)+(4)+(5)+(6)" holds on columns of no
// role, and its predikat follows its Nilai Akhir; "PRIORITAS II" sums its programs, not the lines
// a program's own formula adds; a unit in the indicator's brackets keeps number-scale within one
// unit; a production table's quarters add up to "Produksi Setahun"; a Disdukcapil's months are
// realisations and a death certificate issued is no death; "Arah Kinerja: menurun (-)" is the
// polarity; "naik kelas" is positive; an account's place is its parent's SUM before its code.
import { detectTables } from "../../../src/core/detect";
import { parsePolaritas } from "../../../src/core/indicators";
import { capaianMismatch } from "../../../src/core/rules/capaianMismatch";
import { codeHierarchy } from "../../../src/core/rules/codeHierarchy";
import { kondisiAkhirMismatch } from "../../../src/core/rules/kondisiAkhirMismatch";
import { numberScale } from "../../../src/core/rules/numberScale";
import { sakipGradeMismatch } from "../../../src/core/rules/sakipGradeMismatch";
import { sumMismatch } from "../../../src/core/rules/sumMismatch";
import { findingsOf, ruleTester, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

function e79(miskin: number): SheetSpec {
  return {
    name: "Evaluasi RPJMD",
    rows: [
      ["EVALUASI TERHADAP HASIL RPJMD TAHUN 2021-2026"],
      [],
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Target Akhir RPJMD (2026)",
        "Realisasi Capaian Kinerja",
        null,
        null,
        "Tingkat Capaian thd Target Akhir (%)",
      ],
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Target Akhir RPJMD (2026)",
        "2022",
        "2023",
        "2024",
        "Tingkat Capaian thd Target Akhir (%)",
      ],
      [1, "Persentase penduduk miskin", "%", 9.8, 12.05, 11.48, 11.02, miskin],
      [2, "Indeks pembangunan manusia", "poin", 72.5, 70.45, 71.06, 71.62, 98.79],
      [3, "Jumlah desa mandiri", "desa", 40, 12, 20, 31, 77.5],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4"],
  };
}

function ikd(gini: number): SheetSpec {
  return {
    name: "IKD RPJMD",
    rows: [
      ["Indikator Kinerja Daerah RPJMD Tahun 2025-2029"],
      [],
      [
        "No",
        "Indikator Kinerja Daerah",
        "Satuan",
        "Baseline 2024",
        "Target 2025",
        "Target 2026",
        "Target 2027",
        "Target 2028",
        "Target 2029",
        "Kondisi Kinerja pada Akhir Periode RPJMD",
      ],
      [1, "Gini Rasio", "indeks", 0.381, 0.378, 0.375, 0.372, 0.369, 0.366, gini],
      [2, "Indeks Pembangunan Manusia", "poin", 69.85, 70.42, 71.01, 71.63, 72.2, 72.81, 72.81],
      [3, "Persentase penduduk miskin", "%", 14.86, 14.2, 13.55, 12.9, 12.25, 11.6, 11.6],
      [4, "Prevalensi balita stunting", "%", 18.4, 16.9, 15.4, 13.9, 12.4, 10.9, 10.9],
      [5, "Indeks daya saing daerah", "indeks", 2.95, 3.02, 3.1, 3.18, 3.26, 3.35, 3.35],
    ],
  };
}

function rencanaAksi(tahun: number): SheetSpec {
  const bulan = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
  return {
    name: "RA Kinerja 2025",
    rows: [
      ["RENCANA AKSI KINERJA TAHUN 2025"],
      [],
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Target Tahun 2025",
        ...bulan.map(() => "Target Bulanan"),
        "Cara Penghitungan",
      ],
      ["No", "Indikator Kinerja", "Satuan", "Target Tahun 2025", ...bulan, "Cara Penghitungan"],
      [
        1,
        "Jumlah dokumen perencanaan yang ditetapkan tepat waktu",
        "dokumen",
        tahun,
        1,
        "-",
        1,
        "-",
        1,
        1,
        "-",
        1,
        "-",
        "-",
        "-",
        1,
        "Jumlah",
      ],
      [
        2,
        "Persentase usulan musrenbang yang terakomodasi",
        "%",
        45,
        "-",
        "-",
        "-",
        40,
        "-",
        45,
        "-",
        "-",
        "-",
        "-",
        "-",
        45,
        "Posisi akhir tahun",
      ],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:P3", "Q3:Q4"],
  };
}

function rekapAkip(nilai: number, predikat: string): SheetSpec {
  return {
    name: "Rekap AKIP 2024",
    rows: [
      ["REKAPITULASI HASIL EVALUASI AKUNTABILITAS KINERJA INSTANSI PEMERINTAH TAHUN 2024"],
      [],
      ["No", "Perangkat Daerah", "Nilai per Komponen", null, null, null, "Nilai Akhir", "Predikat"],
      [
        "No",
        "Perangkat Daerah",
        "Perencanaan Kinerja (bobot 30)",
        "Pengukuran Kinerja (bobot 30)",
        "Pelaporan Kinerja (bobot 15)",
        "Evaluasi Akuntabilitas Kinerja Internal (bobot 25)",
        "Nilai Akhir",
        "Predikat",
      ],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)=(3)+(4)+(5)+(6)", "(8)"],
      [1, "Sekretariat Daerah", 24.15, 22.8, 11.4, 17.9, 76.25, "BB"],
      [2, "Dinas Pekerjaan Umum dan Penataan Ruang", 20.25, 18.6, 9.55, 15.38, nilai, "B"],
      [3, "Dinas Pertanian dan Ketahanan Pangan", 24.46, 23.1, 11.6, 18.48, 77.64, predikat],
    ],
    merges: ["A3:A4", "B3:B4", "C3:F3", "G3:G4", "H3:H4"],
  };
}

function pad(kode: string): SheetSpec {
  return {
    name: "PAD 2024",
    rows: [
      ["LAPORAN REALISASI PENDAPATAN ASLI DAERAH TAHUN ANGGARAN 2024"],
      [],
      ["Kode Rekening", "Uraian Pendapatan", "Target APBD-P 2024 (Rp)", "Realisasi Penerimaan 2024 (Rp)"],
      ["4.1", "PENDAPATAN ASLI DAERAH (PAD)", 30_410_000_000, 29_546_920_265],
      ["4.1.01", "Pajak Daerah", 23_585_000_000, 23_383_505_265],
      ["4.1.01.09", "Pajak Reklame", 13_835_000_000, 13_871_057_375],
      ["4.1.01.20", "Pajak Barang dan Jasa Tertentu", 9_750_000_000, 9_512_447_890],
      ["4.1.02", "Retribusi Daerah", 6_825_000_000, 6_163_415_000],
      ["4.1.02.01", "Retribusi Jasa Umum", 3_150_000_000, 2_874_215_000],
      [kode, "Retribusi Jasa Usaha", 1_275_000_000, 1_306_540_000],
      ["4.1.02.03", "Retribusi Perizinan Tertentu", 2_400_000_000, 1_982_660_000],
    ],
    formulas: {
      C4: "C5+C8",
      D4: "D5+D8",
      C5: "SUM(C6:C7)",
      D5: "SUM(D6:D7)",
      C8: "SUM(C9:C11)",
      D8: "SUM(D9:D11)",
    },
  };
}

function rkpd(g11: number, f7 = 63_519_300_000): SheetSpec {
  return {
    name: "Prioritas RKPD 2026",
    rows: [
      ["Program Prioritas Daerah, Pagu Indikatif dan Prakiraan Maju RKPD Tahun 2026"],
      [],
      [
        "No",
        "Kode",
        "Program",
        "Indikator Kinerja Program",
        "Target 2026",
        "Pagu Indikatif 2026 (Rp)",
        "Target 2027",
        "Pagu Indikatif 2027 (Rp)",
      ],
      [
        "I",
        null,
        "PRIORITAS I: Penurunan kemiskinan ekstrem",
        null,
        null,
        24_286_400_000,
        null,
        25_500_000_000,
      ],
      [
        "I.1",
        "1.02.02",
        "Program Pemenuhan Upaya Kesehatan",
        "Prevalensi balita stunting (%)",
        14.2,
        20_000_000_000,
        g11,
        21_000_000_000,
      ],
      [
        "I.2",
        "1.06.04",
        "Program Rehabilitasi Sosial",
        "Persentase PPKS yang tertangani (%)",
        78,
        4_286_400_000,
        82,
        4_500_000_000,
      ],
      ["II", null, "PRIORITAS II: Infrastruktur konektivitas", null, null, f7, null, 66_690_000_000],
      [
        "II.1",
        "1.03.10",
        "Program Penyelenggaraan Jalan",
        "Persentase jalan dalam kondisi mantap (%)",
        71.5,
        46_820_000_000,
        74,
        49_160_000_000,
      ],
      [
        "II.2",
        "3.26.02",
        "Program Peningkatan Daya Tarik Destinasi",
        "Jumlah kunjungan wisatawan (orang)",
        1_250_000,
        6_935_000_000,
        1_340_000,
        7_280_000_000,
      ],
      [
        "II.3",
        "3.27.03",
        "Program Prasarana Pertanian",
        "Luas lahan sawah beririgasi teknis (ha)",
        18_450,
        9_764_300_000,
        18_900,
        10_250_000_000,
      ],
    ],
    formulas: { F4: "F5+F6", H4: "H5+H6", F7: "F8+F9", H7: "H8+H9+H10" },
  };
}

it("reads months, spending plans, 'Produksi Setahun', 'Arah Kinerja' and 'Nilai Kontrak' as their roles", () => {
  const bulanan = detectTables(
    sheet({
      name: "Lap Bulanan 2024",
      rows: [
        ["LAPORAN BULANAN PENERBITAN DOKUMEN KEPENDUDUKAN TAHUN ANGGARAN 2024"],
        [],
        [
          "No.",
          "Jenis Dokumen",
          "Sat",
          "Dokumen Terbit Bulan ke-",
          null,
          null,
          "Total Tahun 2024",
          "Target",
          "Capaian (%)",
        ],
        ["No.", "Jenis Dokumen", "Sat", "Jan", "Peb", "Mar", "Total Tahun 2024", "Target", "Capaian (%)"],
        [1, "Kutipan Akta Kematian", "lbr", 101, 88, 72, 261, 300, 87],
        [2, "Kartu Identitas Anak", "kpg", 312, 361, 437, 1110, 1200, 92.5],
      ],
      merges: ["A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "H3:H4", "I3:I4"],
    }),
  )[0].columns;
  expect(bulanan.slice(3).map((c) => [c.role, c.year])).toEqual([
    ["realisasi", 2024],
    ["realisasi", 2024],
    ["realisasi", 2024],
    ["realisasi", 2024],
    ["target", 2024],
    ["capaian", 2024],
  ]);
  const produksi = detectTables(
    sheet({
      name: "Produksi 2024",
      rows: [
        ["LAPORAN PRODUKSI KOMODITAS TANAMAN PANGAN TAHUN 2024"],
        [
          "No",
          "Komoditas",
          "Sat.",
          "Sasaran Produksi 2024",
          "Realisasi Produksi (ton)",
          null,
          null,
          null,
          "Produksi Setahun",
          "% thd Sasaran",
        ],
        [
          "No",
          "Komoditas",
          "Sat.",
          "Sasaran Produksi 2024",
          "Trw. I",
          "Trw. II",
          "Trw. III",
          "Trw. IV",
          "Produksi Setahun",
          "% thd Sasaran",
        ],
        [1, "Padi sawah (GKG)", "ton", 118_500, 31_240, 27_815, 34_962, 29_108, 123_125, 103.9],
        [2, "Jagung pipilan kering", "ton", 24_000, 5_812, 6_940, 4_377, 5_203, 22_332, 93.05],
      ],
      merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:I3", "J2:J3"],
    }),
  )[0].columns;
  expect([1, 3, 8, 9].map((i) => produksi[i].role)).toEqual(["indikator", "target", "realisasi", "capaian"]);
  expect(parsePolaritas("menurun (-)")).toEqual({ ok: true, value: "negatif" });
  expect(parsePolaritas("naik (+)")).toEqual({ ok: true, value: "positif" });
  const rencana = detectTables(
    sheet({
      name: "RA Anggaran 2025",
      rows: [
        ["RENCANA PENYERAPAN ANGGARAN 2025"],
        [
          "Kode",
          "Program",
          "Pagu 2025 (Rp)",
          "Rencana Penyerapan (Rp)",
          null,
          null,
          null,
          "Rencana Penyerapan (Rp)",
        ],
        ["Kode", "Program", "Pagu 2025 (Rp)", "TW I", "TW II", "TW III", "TW IV", "Jumlah"],
        [
          "5.01.01",
          "PROGRAM PENUNJANG URUSAN",
          4_812_650_000,
          1_104_250_000,
          1_236_400_000,
          1_218_750_000,
          1_253_250_000,
          4_812_650_000,
        ],
        [
          "5.01.02",
          "PROGRAM PERENCANAAN",
          2_145_300_000,
          312_500_000,
          684_200_000,
          596_300_000,
          552_300_000,
          2_145_300_000,
        ],
      ],
      merges: ["A2:A3", "B2:B3", "C2:C3", "D2:G2"],
    }),
  )[0].columns;
  expect(rencana.map((c) => c.role)).toEqual([
    "kode",
    "indikator",
    "anggaran",
    "anggaran",
    "anggaran",
    "anggaran",
    "anggaran",
    "anggaran",
  ]);
});

ruleTester(capaianMismatch, {
  valid: [
    { name: "an E.79's capaian against the end target with the latest realisation", sheets: [e79(87.55)] },
  ],
  invalid: [
    {
      name: "the poverty rate's capaian against the end target as R / T",
      sheets: [e79(112.45)],
      findings: [{ sheet: "Evaluasi RPJMD", cell: "H5", expected: 87.55, actual: 112.45 }],
    },
  ],
});

ruleTester(kondisiAkhirMismatch, {
  valid: [{ name: "a Gini ratio's final condition is its last target", sheets: [ikd(0.366)] }],
  invalid: [
    {
      name: "a Gini ratio's final condition copied from the year before",
      sheets: [ikd(0.369)],
      findings: [{ sheet: "IKD RPJMD", cell: "J4", expected: 0.366, actual: 0.369 }],
    },
  ],
});

ruleTester(sumMismatch, {
  valid: [
    { name: "a Rencana Aksi whose months add up", sheets: [rencanaAksi(6)] },
    { name: "a SAKIP recap whose components add up", sheets: [rekapAkip(63.78, "BB")] },
    { name: "an account whose code was mistyped, inside its parent's SUM", sheets: [pad("4.1.20.02")] },
    { name: "an RKPD's priorities over their programs", sheets: [rkpd(12.9)] },
  ],
  invalid: [
    {
      name: "a Rencana Aksi's year that leaves out December",
      sheets: [rencanaAksi(5)],
      findings: [{ sheet: "RA Kinerja 2025", cell: "D5", expected: 6, actual: 5 }],
    },
    {
      name: "a SAKIP recap's Nilai Akhir that is not its components' sum",
      sheets: [rekapAkip(67.38, "BB")],
      findings: [{ sheet: "Rekap AKIP 2024", cell: "G7", expected: 63.78, actual: 67.38 }],
    },
    {
      name: "a priority whose pagu leaves out its third program",
      sheets: [rkpd(12.9, 53_755_000_000)],
      findings: [
        { sheet: "Prioritas RKPD 2026", cell: "F7", expected: 63_519_300_000, actual: 53_755_000_000 },
      ],
    },
  ],
});

ruleTester(sakipGradeMismatch, {
  valid: [{ name: "a recap's predikat that follows its Nilai Akhir", sheets: [rekapAkip(63.78, "BB")] }],
  invalid: [
    {
      name: "a recap's A for a Nilai Akhir of 77,64",
      sheets: [rekapAkip(63.78, "A")],
      findings: [{ sheet: "Rekap AKIP 2024", cell: "H8", expected: "BB", actual: "A" }],
    },
  ],
});

ruleTester(codeHierarchy, {
  valid: [{ name: "accounts whose codes extend their parents'", sheets: [pad("4.1.02.02")] }],
  invalid: [
    {
      name: "an account coded 4.1.20.02 inside 4.1.02's SUM",
      sheets: [pad("4.1.20.02")],
      findings: [{ sheet: "PAD 2024", cell: "A10" }],
    },
  ],
});

it("keeps number-scale within one unit when the units are in the indicators' brackets", () => {
  expect(findingsOf(numberScale, [rkpd(12.9)]).filter((f) => f.severity !== "info")).toEqual([]);
});
