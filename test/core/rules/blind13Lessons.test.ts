// What the fifteenth form set (test/forms-blind13) taught: notes that name the negative indicators
// by their numbers, a row's own explanation that states its polarity, an LRA whose revenue rows
// are no spending, its "Lebih/(Kurang)" and "Persentase (%)" columns, "Kondisi Kinerja 2023".
import { capaianMismatch } from "../../../src/core/rules/capaianMismatch";
import { serapanOver100 } from "../../../src/core/rules/serapanOver100";
import { detectTables } from "../../../src/core/detect";
import type { CellValue } from "../../../src/core/grid";
import { ruleTester, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

// LKjIP of an Inspektorat: "Indikator nomor 2 dan 3 berpolaritas negatif (semakin kecil ...)".
function inspektorat(g3: number): SheetSpec {
  return {
    name: "Capaian 2024",
    rows: [
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      [1, "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti", "%", 85, 88.42, 104.02],
      [2, "Persentase nilai kerugian daerah yang belum dikembalikan", "%", 15, 18.6, g3],
      [3, "Jumlah pengaduan masyarakat atas penyalahgunaan wewenang yang terbukti", "kasus", 5, 7, 60],
      [],
      [
        "1. Indikator nomor 2 dan 3 berpolaritas negatif (semakin kecil semakin baik): capaian = (2 x Target - Realisasi) / Target x 100.",
      ],
    ],
  };
}

// An IKU matrix whose "Alasan" column says "(semakin kecil semakin baik)" for one row.
function iku(i4: number): SheetSpec {
  return {
    name: "IKU 2024",
    rows: [
      ["No", "Indikator Kinerja Utama", "Alasan", "Satuan", "Target 2024", "Realisasi 2024", "Capaian 2024"],
      [1, "Skor Pola Pangan Harapan (PPH)", "Mengukur keragaman konsumsi pangan", "skor", 88.5, 89.2, 100.79],
      [
        2,
        "Prevalence of Undernourishment (PoU)",
        "Indikator SDGs 2.1.1 (semakin kecil semakin baik)",
        "%",
        7.5,
        7.92,
        i4,
      ],
      [
        3,
        "Indeks Ketahanan Pangan",
        "Indeks komposit ketersediaan dan pemanfaatan",
        "indeks",
        78.4,
        79.12,
        100.92,
      ],
    ],
  };
}

ruleTester(capaianMismatch, {
  valid: [
    { name: "refleksi on the rows the note names by number", sheets: [inspektorat(76)] },
    { name: "refleksi where the row's own explanation says lower is better", sheets: [iku(94.4)] },
  ],
  invalid: [
    {
      name: "R / T on a row the note names by number",
      sheets: [inspektorat(124)],
      findings: [{ sheet: "Capaian 2024", cell: "F3", expected: 76, actual: 124 }],
    },
    {
      name: "R / T where the row's own explanation says lower is better",
      sheets: [iku(105.6)],
      findings: [{ sheet: "IKU 2024", cell: "G3", expected: 94.4, actual: 105.6 }],
    },
  ],
});

// An LRA of a BLUD: revenue rows above their target are no overspending; spending rows are judged.
function lra(belanja: number): SheetSpec {
  const rows: CellValue[][] = [
    ["LAPORAN REALISASI ANGGARAN BLUD TAHUN 2024"],
    [
      "Kode Rekening",
      "Uraian",
      "Anggaran Setelah Perubahan (Rp)",
      "Realisasi s.d. 31 Desember 2024 (Rp)",
      "Lebih/(Kurang) (Rp)",
      "Persentase (%)",
    ],
    ["4", "PENDAPATAN"],
    ["4.1.04.16.01", "Jasa Layanan", 68_500_000_000, 74_186_412_350, 5_686_412_350, 108.3],
    ["4.1.04.16.05", "Lain-lain yang Sah", 850_000_000, 1_036_274_915, 186_274_915, 121.91],
    ["5", "BELANJA"],
    [
      "5.1.01",
      "Belanja Pegawai",
      41_200_000_000,
      belanja,
      belanja - 41_200_000_000,
      Math.round((belanja / 41_200_000_000) * 10000) / 100,
    ],
    ["5.1.02", "Belanja Barang dan Jasa", 26_750_000_000, 25_918_940_250, -831_059_750, 96.89],
  ];
  return { name: "LRA BLUD 2024", rows };
}

ruleTester(serapanOver100, {
  valid: [{ name: "revenue above its target, spending under its pagu", sheets: [lra(39_874_215_600)] }],
  invalid: [
    {
      name: "spending above its pagu",
      sheets: [lra(41_874_215_600)],
      findings: [{ sheet: "LRA BLUD 2024", cell: "D7" }],
    },
  ],
});

describe("an LRA's columns and a Renja's baseline", () => {
  it('reads "Lebih/(Kurang)" as no amount and "Persentase (%)" as the ratio', () => {
    const [t] = detectTables(sheet(lra(39_874_215_600)));
    expect(t.columns.map((c) => c.role)).toEqual([
      "kode",
      "indikator",
      "anggaran",
      "realisasi-anggaran",
      "lainnya",
      "capaian",
    ]);
  });

  it('reads "Kondisi Kinerja 2023" beside later targets as the baseline', () => {
    const [t] = detectTables(
      sheet({
        name: "Renja 2025",
        rows: [
          ["No", "Indikator Kinerja", "Satuan", "Kondisi Kinerja 2023", "Realisasi 2024", "Target 2025"],
          [1, "Indeks Kepuasan Masyarakat", "nilai", 80.12, 81.46, 82.5],
          [2, "Persentase kelurahan dengan LPM aktif", "%", 71.43, 85.71, 85.71],
        ],
      }),
    );
    expect(t.columns[3]).toMatchObject({ role: "kondisi-awal", year: 2023 });
  });
});
