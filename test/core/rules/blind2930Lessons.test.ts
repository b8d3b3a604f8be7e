// What the thirty-first and thirty-second form sets (test/forms-blind29, a Jawa Tengah kabupaten's
// health offices; test/forms-blind30, Kalimantan Barat and Jambi's older Excel habits) taught: a
// row's own +/- formula whose saved value is not its result was saved without recalculation; E.80's
// "Realisasi s.d. 2024" follows the table's own practice (counts summed, levels the last year);
// column numbers in roman numerals; a final condition computed with another sheet's years is not
// judged on this sheet's; the period's Rp is checked row by row, not again in the totals; a
// "Capaian Tahun 2023" of percentages beside rows in other units is that year's capaian; "Target
// Akhir 2029" after the targets of 2025-2028 is the 2029 target; a DAK report's "% thd Pagu" is
// the ratio and its "Nilai Kontrak" no pagu; "Tahap I | Tahap II | Jumlah" are parts of the year.
import { detectTables } from "../../../src/core/detect";
import { capaianMismatch } from "../../../src/core/rules/capaianMismatch";
import { kondisiAkhirMismatch } from "../../../src/core/rules/kondisiAkhirMismatch";
import { serapanOver100 } from "../../../src/core/rules/serapanOver100";
import { sumMismatch } from "../../../src/core/rules/sumMismatch";
import { findingsOf, ruleTester, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

/** An RSUD's spending: pagu, realisation, serapan and the Sisa each row computes. */
function blud(sisa: number): SheetSpec {
  return {
    name: "Belanja BLUD",
    rows: [
      ["REALISASI BELANJA BLUD TAHUN ANGGARAN 2024"],
      [],
      [
        "Kode Akun",
        "Uraian",
        "Pagu Anggaran (Rp)",
        "Realisasi Belanja (Rp)",
        "% Serapan",
        "Sisa Anggaran (Rp)",
      ],
      ["5.1.01", "Belanja Pegawai", 31_850_000_000, 30_962_417_800, 97.21, sisa],
      ["5.1.02", "Belanja Barang dan Jasa", 19_420_000_000, 18_604_992_615, 95.8, 815_007_385],
    ],
    formulas: { F4: "C4-D4", F5: "C5-D5", E4: "ROUND(D4/C4*100,2)", E5: "ROUND(D5/C5*100,2)" },
  };
}

/** E.80: five years' realisations of two counts and a level, and the realisation to 2024. */
function e80(nakesSd: number): SheetSpec {
  const years = ["2020", "2021", "2022", "2023", "2024"];
  return {
    name: "E.80",
    rows: [
      ["EVALUASI TERHADAP HASIL RENSTRA PERANGKAT DAERAH PERIODE 2020-2024"],
      [],
      ["Kode", "Indikator Kinerja", "Satuan", ...years.map(() => "Realisasi Kinerja"), "Realisasi s.d. 2024"],
      ["Kode", "Indikator Kinerja", "Satuan", ...years, "Realisasi s.d. 2024"],
      ["1.02.02.2.01", "Jumlah Puskesmas yang direhabilitasi", "unit", 2, 3, 3, 2, 4, 14],
      [
        "1.02.02.2.02",
        "Cakupan pelayanan kesehatan ibu hamil sesuai standar",
        "%",
        88.4,
        91.25,
        93.6,
        95.12,
        96.87,
        96.87,
      ],
      [
        "1.02.03.2.02",
        "Jumlah tenaga kesehatan yang ditingkatkan kompetensinya",
        "orang",
        95,
        118,
        126,
        131,
        124,
        nakesSd,
      ],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:H3", "I3:I4"],
  };
}

/** A Dana Kelurahan report: the pagu, two stages and their sum, the ratio of each row. */
function danaKelurahan(pct: number): SheetSpec {
  return {
    name: "Realisasi DK 2025",
    rows: [
      ["LAPORAN REALISASI PENGGUNAAN DANA KELURAHAN TAHUN ANGGARAN 2025"],
      [],
      ["No.", "Bidang / Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", null, null, "% Realisasi"],
      ["No.", "Bidang / Kegiatan", "Anggaran (Rp)", "Tahap I", "Tahap II", "Jumlah", "% Realisasi"],
      ["A", "PEMBANGUNAN SARANA DAN PRASARANA", 499_650_000, 299_790_000, 189_580_000, 489_370_000, pct],
      [
        1,
        "Rehabilitasi saluran drainase lingkungan",
        186_500_000,
        111_900_000,
        72_845_000,
        184_745_000,
        99.06,
      ],
      [2, "Pembangunan jalan rabat beton", 214_750_000, 128_850_000, 85_475_000, 214_325_000, 99.8],
      [3, "Pembangunan MCK umum", 98_400_000, 59_040_000, 31_260_000, 90_300_000, 91.77],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4"],
    formulas: { C5: "SUM(C6:C8)", D5: "SUM(D6:D8)", E5: "SUM(E6:E8)", F5: "SUM(F6:F8)" },
  };
}

/** A DAK report: pagu, contract, realisation in Rp and as % of the pagu. */
function dak(realisasi: number): SheetSpec {
  return {
    name: "DAK TW III",
    rows: [
      ["LAPORAN REALISASI DAK FISIK TAHUN ANGGARAN 2025"],
      [],
      [
        "No.",
        "Rincian Kegiatan",
        "Pagu DAK Fisik 2025 (Rp)",
        "Nilai Kontrak (Rp)",
        "Realisasi Keuangan",
        null,
      ],
      ["No.", "Rincian Kegiatan", "Pagu DAK Fisik 2025 (Rp)", "Nilai Kontrak (Rp)", "Rp", "% thd Pagu"],
      [1, "Peningkatan Jalan Ruas Simpang Nanga Tayap", 3_420_000_000, 3_351_600_000, 3_351_600_000, 98],
      [
        2,
        "Pembangunan Jembatan Gantung Sungai Pelaik",
        1_485_000_000,
        1_462_350_000,
        realisasi,
        Math.round((realisasi / 1_485_000_000) * 10000) / 100,
      ],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3"],
  };
}

it("reads roman column numbers, a percent 'Capaian Tahun 2023', 'Target Akhir 2029' and a DAK's '% thd Pagu'", () => {
  const tc27 = detectTables(
    sheet({
      name: "T-C.27 (2)",
      rows: [
        ["Tabel T-C.27 (lanjutan)"],
        [
          "Kode",
          "Indikator",
          "Satuan",
          "Tahun 2028",
          "Tahun 2029",
          "Kondisi Kinerja pada Akhir Periode Renstra",
        ],
        ["I", "III", "IV", "XII", "XIV", "XVI"],
        ["1.01.03", "Persentase satuan pendidikan yang menerapkan kurikulum muatan lokal", "%", 95, 100, 95],
        ["1.01.02", "Angka Partisipasi Murni (APM) SD/MI", "%", 97.4, 97.75, 97.75],
      ],
    }),
  )[0];
  expect(tc27.numberRow).toBe(3);
  const lkjip = detectTables(
    sheet({
      name: "Pengukuran Kinerja",
      rows: [
        ["Pengukuran Capaian Kinerja Sasaran Tahun 2024"],
        [
          "No.",
          "Indikator Kinerja",
          "Satuan",
          "Capaian Tahun 2023",
          "Tahun 2024",
          "Tahun 2024",
          "Tahun 2024",
        ],
        ["No.", "Indikator Kinerja", "Satuan", "Capaian Tahun 2023", "Target", "Realisasi", "% Capaian"],
        [1, "Indeks Kepuasan Masyarakat layanan kecamatan", "nilai", "97%", 82, 84.37, 102.89],
        [2, "Rata-rata waktu penyelesaian layanan PATEN", "hari", "108%", 3, 2.6, 113.33],
        [3, "Persentase desa berstatus Desa Mandiri", "%", "102%", 40, 42.86, 107.15],
      ],
      merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3"],
    }),
  )[0];
  expect([lkjip.columns[3].role, lkjip.columns[3].year]).toEqual(["capaian", 2023]);
  const iku = detectTables(
    sheet({
      name: "IKU",
      rows: [
        ["INDIKATOR KINERJA UTAMA TAHUN 2025-2029"],
        [
          "No",
          "Indikator Kinerja Utama",
          "Satuan",
          "Tahun Dasar (2024)",
          "Target Kinerja Tahun",
          null,
          null,
          null,
          "Target Akhir 2029",
        ],
        [
          "No",
          "Indikator Kinerja Utama",
          "Satuan",
          "Tahun Dasar (2024)",
          "2025",
          "2026",
          "2027",
          "2028",
          "Target Akhir 2029",
        ],
        [1, "Indeks Kualitas Air (IKA)", "indeks", 51.3, 52, 53, 54, 55, 56],
        [2, "Indeks Kualitas Udara (IKU)", "indeks", 86.1, 86.3, 86.5, 86.7, 86.9, 87.1],
      ],
      merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:I3"],
    }),
  )[0];
  expect([iku.columns[8].role, iku.columns[8].year]).toEqual(["target", 2029]);
  expect(
    detectTables(sheet(dak(1_548_000_000)))[0]
      .columns.slice(2)
      .map((c) => c.role),
  ).toEqual(["anggaran", "lainnya", "realisasi-anggaran", "capaian"]);
});

ruleTester(sumMismatch, {
  valid: [
    { name: "a Sisa Anggaran whose saved value is its formula's", sheets: [blud(887_582_200)] },
    { name: "a Dana Kelurahan's stages adding up to their sum", sheets: [danaKelurahan(97.94)] },
  ],
  invalid: [
    {
      name: "a Sisa Anggaran saved without recalculation",
      sheets: [blud(878_582_200)],
      findings: [{ sheet: "Belanja BLUD", cell: "F4", expected: 887_582_200, actual: 878_582_200 }],
    },
  ],
});

ruleTester(kondisiAkhirMismatch, {
  valid: [{ name: "E.80's realisations to 2024: counts summed, levels the last year", sheets: [e80(594)] }],
  invalid: [
    {
      name: "E.80's count of trained nakes to 2024 taking 2024 alone",
      sheets: [e80(124)],
      findings: [{ sheet: "E.80", cell: "I7", expected: 594, actual: 124 }],
    },
  ],
});

ruleTester(capaianMismatch, {
  valid: [{ name: "a bidang's % of its own sums", sheets: [danaKelurahan(97.94)] }],
  invalid: [
    {
      name: "a bidang's % as the average of its kegiatan's",
      sheets: [danaKelurahan(96.88)],
      findings: [{ sheet: "Realisasi DK 2025", cell: "G5", expected: 97.94, actual: 96.88 }],
    },
  ],
});

ruleTester(serapanOver100, {
  valid: [{ name: "a DAK realisation within its pagu, above nothing", sheets: [dak(1_462_350_000)] }],
  invalid: [
    {
      name: "a DAK realisation above its pagu",
      sheets: [dak(1_548_000_000)],
      findings: [{ sheet: "DAK TW III", cell: "E6", expected: 1_485_000_000, actual: 1_548_000_000 }],
    },
  ],
});

it("reads a blank input of a row formula as 0 and makes no claim on text or an error value", () => {
  const withInput = (d4: string | number | null, f4: number): SheetSpec => {
    const s = blud(f4);
    return { ...s, rows: s.rows.map((r, i) => (i === 3 ? [r[0], r[1], r[2], d4, r[4], r[5]] : r)) };
  };
  const cells = (s: SheetSpec): string[] =>
    findingsOf(sumMismatch, [s])
      .filter((f) => f.severity !== "info")
      .map((f) => f.cell);
  // blank realisation: the Sisa is the whole pagu; saved as 0 it is stale
  expect(cells(withInput(null, 31_850_000_000))).toEqual([]);
  expect(cells(withInput(null, 0))).toEqual(["F4"]);
  // text that is no number, an error value: nothing is claimed
  expect(cells(withInput("belum ada data", 0))).toEqual([]);
  expect(cells(withInput("#N/A", 0))).toEqual([]);
});
