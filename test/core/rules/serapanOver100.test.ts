import { serapanOver100 } from "../../../src/core/rules/serapanOver100";
import type { CellValue } from "../../../src/core/grid";
import { ruleTester } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const years = [2017, 2018, 2019, 2020, 2021];
// Kota Blitar Renstra Tabel 2.3.2, second part: anggaran, realisasi and rasio per year 2017-2021, average growth.
const head232: CellValue[][] = [
  [
    "Uraian",
    "Anggaran Pada Tahun Ke",
    null,
    null,
    null,
    null,
    "Realisasi Capaian Pada Tahun Ke",
    null,
    null,
    null,
    null,
    "Rasio Capaian Pada Tahun Ke",
    null,
    null,
    null,
    null,
    "Rata – rata Pertumbuhan",
    null,
  ],
  [null, ...years, ...years, ...years, "Anggaran", "Realisasi"],
  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18],
];
const merges232 = ["A1:A2", "B1:F1", "G1:K1", "L1:P1", "Q1:R1"];
const btl: CellValue[] = [
  "Belanja Tidak Langsung",
  2161905000,
  2233885914,
  3238828778,
  3000088398,
  3163628100,
  1806323490,
  2076600633,
  2712279815,
  2635115898,
  3163628100,
  83.55,
  92.96,
  93.74,
  87.84,
  100,
  11.6,
  15.7,
];
const bl: CellValue[] = [
  "Belanja Langsung",
  20800284676,
  24569668400,
  23452719500,
  21434854461,
  23309298114,
  20555043609,
  23276063763,
  23121181926,
  21014747235,
  23309289114,
  98.82,
  94.73,
  98.59,
  90.16,
  100,
  13.72,
  3.6,
];
const rest232: CellValue[][] = [
  [
    "Belanja Pegawai",
    134064200,
    32492000,
    57511000,
    38651000,
    0,
    109548200,
    17937000,
    46200000,
    37250000,
    0,
    81.71,
    55.2,
    80.33,
    96.38,
    100,
    -32.89,
    -11.36,
  ],
  [
    "Belanja Barang dan Jasa",
    20598505476,
    23798270150,
    22198053960,
    21110404261,
    23288528814,
    20356995409,
    22526427999,
    21943731282,
    20703577235,
    23288528814,
    98.83,
    94.66,
    98.86,
    98.07,
    100,
    3.56,
    3.73,
  ],
  [
    "Belanja Modal",
    89715000,
    738906250,
    1199154540,
    285819200,
    20750300,
    88500000,
    732698764,
    1131250644,
    273920000,
    20750300,
    98.65,
    99.16,
    94.34,
    95.84,
    100,
    154.25,
    153.52,
  ],
  [
    "TOTAL",
    22984189676,
    26803554314,
    26691548278,
    24434942859,
    26472917214,
    22361367099,
    25352664396,
    25833461741,
    23649863133,
    26472917214,
    97.29,
    94.59,
    96.79,
    96.79,
    100,
    4.02,
    4.69,
  ],
];
const tabel232 = (rows: CellValue[][]): SheetSpec => ({
  name: "T 2.3.2",
  rows: [...head232, ["BELANJA DAERAH"], ...rows],
  merges: merges232,
});
const with232 = (row: CellValue[], col: number, v: CellValue): CellValue[] =>
  row.map((x, i) => (i === col ? v : x));

// Kota Blitar Renstra Tabel 6.1 (2022): Renstra target K / Rp and realisation K / Rp. The target
// Rp is an indicative plan, not a ceiling.
const tabel61 = (rows: CellValue[][]): SheetSpec => ({
  name: "Tabel 6.1",
  rows: [
    [
      "Kode",
      "Urusan/Bidang Urusan Pemerintah Daerah dan Program/Kegiatan/ Sub Kegiatan",
      "Indikator",
      "Satuan",
      "Data Awal Tahun 2020",
      "Target Kinerja Program, Kegiatan dan Sub Kegiatan Tahun 2022",
      null,
      "Realisasi Kinerja Program, Kegiatan dan Sub Kegiatan Tahun 2022",
      null,
    ],
    [null, null, null, null, null, "K", "Rp", "K", "Rp"],
    ...rows,
  ],
  merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:G1", "H1:I1"],
});

// A Renja evaluation style table: pagu (DPA) and realisation per quarter year, with a ratio.
const renja = (rows: CellValue[][]): SheetSpec => ({
  rows: [
    ["No", "Program/Kegiatan", "Pagu Anggaran 2023", "Realisasi Anggaran 2023", "Rasio Serapan 2023 (%)"],
    ...rows,
  ],
});

ruleTester(serapanOver100, {
  valid: [
    {
      name: "Tabel 2.3.2 as printed (Belanja Pegawai 2021: 0 / 0 printed 100)",
      sheets: [tabel232([btl, bl, ...rest232])],
    },
    {
      name: "Tabel 6.1: realisation above the Renstra's indicative Rp is not overspending",
      sheets: [
        tabel61([
          [
            "1.06.01",
            "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
            "Indeks Kepuasan Masyarakat (IKM)",
            "Indeks",
            "Baik 81,3",
            "Baik 82",
            4105281869,
            "Baik 82,7",
            4580924555,
          ],
          [
            "1.06.01.2.01",
            "Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            "Persentase penyusunan dokumen perencanaan dan pelaporan yang tepat waktu",
            "%",
            100,
            100,
            12981800,
            100,
            43946500,
          ],
        ]),
      ],
    },
    {
      name: "blank, dash, NA, text, zero pagu and exactly 100 %",
      sheets: [
        renja([
          [1, "A", 1000, null, null],
          [2, "B", "-", 500, 50],
          [3, "C", 1000, "NA", "NA"],
          [4, "D", 0, 0, 100],
          [5, "E", 1000, 1000, 100],
          [6, "F", 1000, 999.6, 100.0],
          [7, "G", "belum ada", 1200, "-"],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: "Belanja Modal 2020 realised above its pagu",
      sheets: [tabel232([with232(rest232[2], 9, 285819300)])],
      findings: [
        { sheet: "T 2.3.2", cell: "J5", expected: 285819200, actual: 285819300, message: /melebihi pagu/ },
      ],
    },
    {
      name: "a ratio printed above 100 while the amounts are within the pagu",
      sheets: [tabel232([with232(btl, 14, 187.84)])],
      findings: [{ sheet: "T 2.3.2", cell: "O5", expected: 100, actual: 187.84, message: /di atas 100/ }],
    },
    {
      name: "a Renja pagu exceeded (the ratio is not reported again)",
      sheets: [renja([[1, "Program X", 1000000, 1250000, 125]])],
      findings: [{ cell: "D2", expected: 1000000, actual: 1250000, message: /125 %/ }],
    },
  ],
});
