import { kondisiAkhirMismatch } from "../../../src/core/rules/kondisiAkhirMismatch";
import type { CellValue } from "../../../src/core/grid";
import { ruleTester } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

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

ruleTester(kondisiAkhirMismatch, {
  valid: [
    {
      name: "qualitative rows whose kondisi akhir is the last target, written alike or not quite ('A (85)')",
      sheets: [
        tabel42([
          [
            null,
            null,
            null,
            "Nilai SAKIP",
            null,
            null,
            "predikat",
            "BB (74,62)",
            "BB (76,00)",
            "A (80,50)",
            "A (82,50)",
            "A (85,00)",
            "A (85)",
          ],
          [null, null, null, "Opini BPK", null, null, "opini", "WTP", "WTP", "WTP", "WTP", "WTP", "WTP"],
          [
            null,
            null,
            null,
            "Kepatuhan pelayanan publik",
            null,
            null,
            "zona",
            "Zona Kuning",
            "Zona Hijau",
            "Zona Hijau",
            "Zona Hijau",
            "Zona Hijau",
            "zona hijau",
          ],
        ]),
      ],
    },
    {
      name: "Tabel 4.2 rows that are right (7,04, 3,24, 0,21, 94,11; SAKIP letters skipped)",
      sheets: [tabel42([sakip, keparahan, pmks, ppks, berdaya, layanan])],
    },
    { name: "Buleleng Tabel 2.2.1 (kondisi akhir with a year)", sheets: [buleleng] },
    {
      name: "a count may be a stock (last) or a yearly increment (sum)",
      sheets: [
        program([
          [
            "1.06.02",
            "Program Pemberdayaan Sosial",
            "Jumlah KUBE yang dibina",
            "kelompok",
            10,
            100,
            10,
            100,
            10,
            100,
            10,
            100,
            10,
            100,
            50,
            500,
          ],
          [
            "1.06.03",
            "Program X",
            "Jumlah panti",
            "unit",
            9,
            100,
            11,
            100,
            11,
            100,
            11,
            100,
            11,
            100,
            11,
            500,
          ],
        ]),
      ],
    },
    {
      name: "a table showing only 2024-2026 whose Rp kondisi akhir covers the whole period (seed Tabel 6.3)",
      sheets: [
        program(
          [
            [
              "1.06.01",
              "Program Penunjang",
              "Indeks Kepuasan Masyarakat (IKM)",
              "Indeks",
              83.7,
              4489798475,
              84.03,
              4714288399,
              84.6,
              4950002818,
              84.6,
              22535730108,
            ],
            [
              "1.06.01.2.01",
              "Kegiatan Perencanaan",
              "Persentase penyusunan dokumen perencanaan yang tepat",
              "%",
              100,
              14312435,
              100,
              15028056,
              100,
              15779459,
              100,
              71732640,
            ],
          ],
          [2024, 2025, 2026],
        ),
      ],
    },
    {
      name: "blank, dash, NA, text and zero",
      sheets: [
        tabel42([
          [null, null, null, "Persentase A", null, null, "%", 1, 2, 3, 4, null, 4],
          [null, null, null, "Persentase B", null, null, "%", 1, 2, 3, 4, "NA", 9],
          [null, null, null, "Persentase C", null, null, "%", 1, 2, 3, 4, 5, "-"],
          [null, null, null, "Persentase D", null, null, "%", 1, 2, 3, 4, 5, "tercapai"],
          [null, null, null, "Persentase E", null, null, "%", 0, 0, 0, 0, 0, 0],
          [null, null, null, "Persentase penurunan F", null, null, "%", -1, -2, -3, -4, -5, -5],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: "a qualitative level: kondisi akhir 'Level 3' where the last target is 'Level 4'",
      sheets: [
        tabel42([
          [
            null,
            null,
            null,
            "Tingkat maturitas SPIP",
            null,
            null,
            "level",
            "Level 3",
            "Level 3",
            "Level 3",
            "Level 4",
            "Level 4",
            "Level 3",
          ],
        ]),
      ],
      findings: [
        { sheet: "Tabel 4.2", cell: "M4", expected: "Level 4", actual: "Level 3", message: /kualitatif/ },
      ],
    },
    {
      name: "Buleleng: Persentase penanganan PMKS kondisi akhir that is neither the last target nor the sum",
      sheets: [{ ...buleleng, rows: buleleng.rows.map((r, i) => (i === 4 ? [...r.slice(0, 9), 45] : r)) }],
      findings: [
        { cell: "J5", expected: 15.86, actual: 45, message: /Persentase penanganan PMKS.*45.*15,86/ },
      ],
    },
    {
      name: "Tabel 4.2: Persentase penurunan PMKS kondisi akhir 5,89 where the last target is 1,54",
      sheets: [tabel42([sakip, keparahan, pmks, ppks, berdaya, penurunan, layanan])],
      findings: [{ sheet: "Tabel 4.2", cell: "M9", expected: 1.54, actual: 5.89, message: /1,54.*10,64/ }],
    },
    {
      name: "a percentage whose kondisi akhir is the sum of its targets",
      sheets: [
        tabel42([[null, null, null, "Persentase PMKS terlatih", null, null, "%", 16, 20, 25, 30, 35, 110]]),
      ],
      findings: [
        { sheet: "Tabel 4.2", cell: "M4", expected: 35, actual: 110, message: /persentase, indeks/ },
      ],
    },
    {
      name: "Rp kondisi akhir that is not the sum of the years, and a count that is neither",
      sheets: [
        program([
          [
            "1.06.02",
            "Program Pemberdayaan Sosial",
            "Jumlah KUBE yang dibina",
            "kelompok",
            10,
            100,
            10,
            100,
            10,
            100,
            10,
            100,
            10,
            100,
            30,
            400,
          ],
        ]),
      ],
      findings: [
        { sheet: "Tabel 6", cell: "O4", expected: 10, actual: 30, message: /50/ },
        { sheet: "Tabel 6", cell: "P4", expected: 500, actual: 400, message: /SUM/ },
      ],
    },
    {
      name: "a partial-period table whose Rp kondisi akhir is below the years shown",
      sheets: [
        program(
          [
            [
              "1.06.01",
              "Program Penunjang",
              "Indeks Kepuasan Masyarakat (IKM)",
              "Indeks",
              83.7,
              4489798475,
              84.03,
              4714288399,
              84.6,
              4950002818,
              84.6,
              22535730108,
            ],
            [
              "1.06.01.2.01",
              "Kegiatan Perencanaan",
              "Persentase penyusunan dokumen",
              "%",
              100,
              14312435,
              100,
              15028056,
              100,
              15779459,
              100,
              71732640,
            ],
            [
              "1.06.01.2.02",
              "Kegiatan Keuangan",
              "Persentase laporan keuangan",
              "%",
              100,
              10000000,
              100,
              10000000,
              100,
              10000000,
              100,
              20000000,
            ],
          ],
          [2024, 2025, 2026],
        ),
      ],
      findings: [
        { sheet: "Tabel 6", cell: "L6", expected: 30000000, actual: 20000000, message: /lebih kecil/ },
      ],
    },
  ],
});
