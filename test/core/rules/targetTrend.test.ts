import { targetTrend } from "../../../src/core/rules/targetTrend";
import type { CellValue } from "../../../src/core/grid";
import { ruleTester } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

// Kota Blitar Renstra Tabel 2.3.1: target NSPK / IKK / lainnya, target, realisasi and rasio
// capaian per year 2017-2021, three header rows (the last one the column numbers).
import { tabel231 } from "./tabel231";

// Kota Blitar Renstra Tabel 4.2 (2024-2026 amendment): kondisi awal, targets (the header skips
// 2023), kondisi akhir renstra.
const tabel42 = (rows: CellValue[][]): SheetSpec => ({
  name: "Tabel 4.2",
  rows: [
    [
      "No",
      "Tujuan",
      "Sasaran",
      "Indikator Tujuan/ Sasaran",
      "Definisi Operasional",
      "Rumus Perhitungan",
      "Satuan",
      "Kondisi Kinerja Awal",
      "Target Kinerja Tujuan / Sasaran",
      null,
      null,
      null,
      "Kondisi Akhir Renstra",
    ],
    [null, null, null, null, null, null, null, 2021, 2022, 2024, 2025, 2026, null],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
    ...rows,
  ],
  merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:F2", "G1:G2", "I1:L1", "M1:M2"],
});
const sakip: CellValue[] = [
  "1.",
  "Meningkatnya tata kelola Perangkat Daerah",
  null,
  "Nilai SAKIP Perangkat Daerah",
  "Kategori SAKIP PD",
  "Nilai SAKIP",
  "Indeks",
  "A (85,13)",
  "A (84,96)",
  "A (85,00)",
  "A (85,04)",
  "A (85,08)",
  "A (85,08)",
];
const keparahan: CellValue[] = [
  "2.",
  "Meningkatnya kesejahteraan PPKS",
  null,
  "Indeks Keparahan Kemiskinan",
  "Indeks ...",
  "Data resmi BPS",
  "Indeks",
  0.28,
  0.19,
  0.23,
  0.22,
  0.21,
  0.21,
];
const pmks: CellValue[] = [
  null,
  null,
  null,
  "Persentase PMKS",
  "PMKS adalah ...",
  "Jumlah PMKS / Jumlah penduduk x 100%",
  "%",
  7.9,
  7.4,
  7.26,
  7.15,
  7.04,
  7.04,
];
const ppks: CellValue[] = [
  null,
  null,
  null,
  "Persentase PPKS",
  "PPKS adalah ...",
  "Jumlah PPKS / Jumlah penduduk x 100%",
  "%",
  7.9,
  7.4,
  7.26,
  7.15,
  7.04,
  7.04,
];
const berdaya: CellValue[] = [
  null,
  null,
  "Meningkatnya penanganan PPKS",
  "Persentase fakir miskin yang berdaya",
  "Fakir miskin yang berdaya ...",
  "(Akumulasi ...) x 100%",
  "%",
  0.16,
  0.66,
  2.32,
  2.77,
  3.24,
  3.24,
];
const penurunan: CellValue[] = [
  null,
  null,
  null,
  "Persentase penurunan PMKS",
  "PMKS adalah ...",
  "(Jumlah PMKS thn n-1) – (Jumlah PMKS thn n) / Jumlah PMKS thn n-1 x 100%",
  "%",
  -2.38,
  6.09,
  1.49,
  1.52,
  1.54,
  5.89,
];
const layanan: CellValue[] = [
  null,
  null,
  null,
  "Persentase PPKS yang terpenuhi layanan dasar bidang sosial",
  "PPKS adalah ...",
  "x 100%",
  "%",
  null,
  88.37,
  91.19,
  92.64,
  94.11,
  94.11,
];

// Buleleng Tabel 2.2.1: kondisi akhir with its year in the header.
const buleleng: SheetSpec = {
  rows: [
    [
      "TUJUAN",
      "INDIKATOR TUJUAN",
      "SASARAN",
      "INDIKATOR SASARAN/ INDIKATOR KINERJA UTAMA DAERAH",
      "KONDISI AWAL (2021)",
      "TARGET",
      null,
      null,
      null,
      "KONDISI AKHIR (2026)",
    ],
    [null, null, null, null, null, 2023, 2024, 2025, 2026, null],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    [
      "Meningkatnya penanggulangan kemiskinan",
      null,
      "1 Menurunnya penduduk miskin",
      "Persentase penduduk miskin",
      6.12,
      5.15,
      4.9,
      4.8,
      4.6,
      4.6,
    ],
    [
      null,
      null,
      "2 Meningkatnya Penanganan PMKS",
      "Persentase penanganan PMKS",
      3.86,
      6.86,
      9.86,
      12.86,
      15.86,
      15.86,
    ],
  ],
  merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:I1", "J1:J2"],
};

const simple = (rows: CellValue[][], polaritas = false): SheetSpec => ({
  rows: [
    polaritas
      ? [
          "No",
          "Indikator",
          "Satuan",
          "Polaritas",
          "Target 2022",
          "Target 2023",
          "Target 2024",
          "Target 2025",
          "Target 2026",
        ]
      : [
          "No",
          "Indikator",
          "Satuan",
          "Target 2022",
          "Target 2023",
          "Target 2024",
          "Target 2025",
          "Target 2026",
        ],
    ...rows,
  ],
});

ruleTester(targetTrend, {
  valid: [
    {
      name: "Tabel 2.3.1 (penurunan PMKS 19,69 1 1 1 1 is an outlier, not a fall; flat Gini)",
      sheets: [tabel231],
    },
    {
      name: "Tabel 4.2 rows whose paths are right, and Buleleng Tabel 2.2.1",
      sheets: [tabel42([sakip, pmks, ppks, berdaya, layanan]), buleleng],
    },
    {
      name: "unknown polarity, flat runs, blanks, dashes, NA, text, zeros and negatives",
      sheets: [
        simple([
          [1, "Indeks X", "Indeks", 5, 4, 3, 2, 1],
          [2, "Persentase PMKS", "%", 7, 7, 7, 6.5, 6.5],
          [3, "Persentase fakir miskin yang berdaya", "%", null, "-", "NA", 2, "naik"],
          [4, "Persentase penduduk miskin", "%", 0, 0, 0, 0, 0],
          [5, "Persentase penurunan PMKS", "%", -3, -2, -1, 0, 1],
        ]),
      ],
    },
    {
      name: "an explicit polaritas column overrides the lexicon",
      sheets: [simple([[1, "Persentase penduduk miskin", "%", "positif", 5, 6, 7, 8, 9]], true)],
    },
  ],
  invalid: [
    {
      // Tabel 4.2's 2022 column holds the 2022 realisations (Tabel 4.1: Indeks Keparahan target
      // 0,25 realisasi 0,19; penurunan PMKS target 1,45 realisasi 6,09), so 2024 looks wrong.
      name: "Tabel 4.2: Indeks Keparahan Kemiskinan rises 0,19 -> 0,23; penurunan PMKS falls 6,09 -> 1,49",
      sheets: [tabel42([keparahan, penurunan])],
      findings: [
        { sheet: "Tabel 4.2", cell: "J4", expected: 0.19, actual: 0.23, message: /negatif.*kemiskinan/ },
        { sheet: "Tabel 4.2", cell: "J5", expected: 6.09, actual: 1.49, message: /positif.*penurunan/ },
      ],
    },
    {
      name: "only the first wrong move is reported; a stated negatif polaritas",
      sheets: [simple([[1, "Indeks Kepuasan Masyarakat", "Indeks", "negatif", 80, 81, 82, 80, 83]], true)],
      findings: [{ cell: "F2", expected: 80, actual: 81, message: /kolom polaritas/ }],
    },
    {
      name: "a positive share whose target falls",
      sheets: [
        simple([
          [1, "Persentase PMKS yang memperoleh pelayanan rehabilitasi sosial", "%", 82, 85, 90, 88, 90],
        ]),
      ],
      findings: [{ cell: "G2", expected: 90, actual: 88, message: /memperoleh/ }],
    },
  ],
});
