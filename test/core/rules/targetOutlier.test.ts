import { targetOutlier } from "../../../src/core/rules/targetOutlier";
import type { CellValue } from "../../../src/core/grid";
import { ruleTester } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

// Kota Blitar Renstra Tabel 2.3.1: target NSPK / IKK / lainnya, target, realisasi and rasio
// capaian per year 2017-2021, three header rows (the last one the column numbers).
import { penurunanPmks, rows231, tabel231 } from "./tabel231";

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

// A program table (form T-C.27) with K and Rp per year and the kondisi akhir K and Rp.
const program = (rows: CellValue[][], years = [2022, 2023, 2024, 2025, 2026]): SheetSpec => {
  const n = years.length;
  const top: CellValue[] = [
    "Kode",
    "Program/Kegiatan",
    "Indikator Kinerja",
    "Satuan",
    "Target Kinerja dan Kerangka Pendanaan",
  ];
  for (let i = 1; i < 2 * n; i++) top.push(null);
  top.push("Kondisi Kinerja pada akhir periode Renstra", null);
  const mid: CellValue[] = [null, null, null, null];
  for (const y of years) mid.push(y, null);
  mid.push(null, null);
  const low: CellValue[] = [null, null, null, null];
  for (let i = 0; i <= n; i++) low.push("K", "Rp");
  const L = (c: number): string => String.fromCharCode(64 + c);
  const merges = [
    "A1:A3",
    "B1:B3",
    "C1:C3",
    "D1:D3",
    `E1:${L(4 + 2 * n)}1`,
    `${L(5 + 2 * n)}1:${L(6 + 2 * n)}2`,
  ];
  years.forEach((_, i) => merges.push(`${L(5 + 2 * i)}2:${L(6 + 2 * i)}2`));
  return { name: "Tabel 6", rows: [top, mid, low, ...rows], merges };
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

ruleTester(targetOutlier, {
  valid: [
    {
      name: "Tabel 2.3.1 without its 19,69 (Target NSPK / IKK / lainnya columns have no year)",
      sheets: [{ ...tabel231, rows: rows231.filter((r) => r !== penurunanPmks) }],
    },
    {
      name: "Tabel 4.2 and Buleleng Tabel 2.2.1 paths (6,09 among 1,49 1,52 1,54 is within 5x)",
      sheets: [tabel42([sakip, keparahan, pmks, ppks, berdaya, penurunan, layanan]), buleleng],
    },
    {
      name: "zeros, negatives, blanks, dashes, NA, text, too few values, spread-out values and a steady trend",
      sheets: [
        simple([
          [1, "Persentase A", "%", 0, 10, 10, 10, 10],
          [2, "Persentase B", "%", 10, 10, 10, 10, 0],
          [3, "Persentase penurunan C", "%", -2, 1, 1, 1, 1],
          [4, "Persentase D", "%", null, "-", "NA", 10, 90],
          [5, "Persentase E", "%", 50, "tercapai", 1, 1, null],
          [6, "Jumlah F", "orang", 1, 10, 100, 1000, 10000],
          [7, "Jumlah G", "orang", 10, 12, 14, 16, 90],
          [8, "Jumlah H", "orang", 1000, 1000, 1000, 1000, 1000],
        ]),
      ],
    },
    {
      name: "Rp amounts are not targets for this rule",
      sheets: [
        program([
          ["1.06.02", "Program", "Persentase X", "%", 10, 100, 10, 100, 10, 5000, 10, 100, 10, 100, 10, 5400],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: "Tabel 2.3.1: penurunan PMKS 19,69 for 2017 among targets of 1",
      sheets: [tabel231],
      findings: [{ sheet: "T 2.3.1", cell: "G7", expected: 1, actual: 19.69, message: /2017.*median 1/ }],
    },
    {
      name: "a low outlier: 5 among 100",
      sheets: [
        simple([
          [1, "Persentase korban bencana yang terpenuhi kebutuhan dasarnya", "%", 100, 100, 5, 100, 100],
        ]),
      ],
      findings: [{ cell: "F2", expected: 100, actual: 5 }],
    },
    {
      name: "a program K target 10 times its neighbours",
      sheets: [
        program([
          [
            "1.06.02",
            "Program",
            "Jumlah KUBE",
            "kelompok",
            10,
            100,
            12,
            100,
            120,
            100,
            12,
            100,
            12,
            100,
            12,
            500,
          ],
        ]),
      ],
      findings: [{ sheet: "Tabel 6", cell: "I4", expected: 12, actual: 120 }],
    },
  ],
});
