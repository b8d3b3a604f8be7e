import { capaianMismatch } from "../../../src/core/rules/capaianMismatch";
import type { CellValue } from "../../../src/core/grid";
import { findingsOf, ruleTester } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

// Kota Blitar Renstra Tabel 2.3.1: target NSPK / IKK / lainnya, target, realisasi and rasio
// capaian per year 2017-2021, three header rows (the last one the column numbers).
import { gini, head231, merges231, rows231, tabel231, years } from "./tabel231";

// Tabel 2.3.2, second part: anggaran, realisasi and rasio per year 2017-2021, average growth.
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

// A one-year LKjIP measurement table (no years), with and without a polaritas column.
const lkjip = (rows: CellValue[][], polaritas = false): SheetSpec => ({
  rows: [
    polaritas
      ? ["No", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi", "Capaian (%)"]
      : ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
    ...rows,
  ],
});

ruleTester(capaianMismatch, {
  valid: [
    {
      name: "Tabel 2.3.1 as printed (Gini refleksi, penurunan PMKS positive with negatives, NA, -)",
      sheets: [tabel231],
    },
    {
      name: "Tabel 2.3.2 rows whose ratios are right (Belanja Pegawai 0 / 0 printed 100 is skipped)",
      sheets: [tabel232(rest232)],
    },
    {
      name: "Gini with the rasio convention throughout is negatif-rasio",
      sheets: [
        {
          rows: [...head231, with232(with232(with232(gini, 16, 92.31), 17, 102.86), 18, 109.09)],
          merges: merges231,
        },
      ],
    },
    {
      name: "a row of unknown polarity whose ratios all follow refleksi",
      sheets: [lkjip([[1, "Indeks Risiko Bencana", "Indeks", 120, 110, 108.33]])],
    },
    {
      name: "blank, dash, NA, text and target 0 give no finding",
      sheets: [
        lkjip([
          [1, "Persentase A", "%", 80, null, 50],
          [2, "Persentase B", "%", "-", 70, 50],
          [3, "Persentase C", "%", 80, "NA", 50],
          [4, "Persentase D", "%", 80, 70, "tercapai"],
          [5, "Persentase E", "%", 0, 70, 0],
          [6, "Jumlah kasus kekerasan", "kasus", 0, 0, 100],
          [7, "Persentase F", "%", 80, -8, -10],
        ]),
      ],
    },
    {
      name: "an explicit negatif polaritas with rasio ratios",
      sheets: [lkjip([[1, "Tingkat X", "%", "negatif", 5, 4, 125]], true)],
    },
    {
      name: "a percentage-formatted ratio",
      sheets: [{ ...lkjip([[1, "Persentase A", "%", 80, 72, 0.9]]), numFmts: { F2: "0.00%" } }],
    },
    {
      name: "settings.toleransi widens the band",
      sheets: [lkjip([[1, "Persentase A", "%", 80, 72, 90.3]])],
      settings: { toleransi: 0.5 },
    },
  ],
  invalid: [
    {
      name: "Tabel 2.3.2: Belanja Langsung 2020 printed 90,16 where the amounts give 98,04",
      sheets: [tabel232([with232(btl, 13, 83.74), bl, ...rest232])],
      findings: [{ sheet: "T 2.3.2", cell: "O6", expected: 98.04, actual: 90.16, message: /serapan/ }],
    },
    {
      name: "Tabel 2.3.2: Belanja Tidak Langsung 2019 printed 93,74 where the amounts give 83,74",
      sheets: [tabel232([btl, ...rest232])],
      findings: [{ sheet: "T 2.3.2", cell: "N5", expected: 83.74, actual: 93.74, message: /83,74/ }],
    },
    {
      name: "Gini 2019 printed 98,33: negatif-refleksi from the lexicon",
      sheets: [{ name: "T 2.3.1", rows: [...head231, with232(gini, 18, 98.33)], merges: merges231 }],
      findings: [
        { sheet: "T 2.3.1", cell: "S4", expected: 108.33, actual: 98.33, message: /negatif-refleksi.*gini/ },
      ],
    },
    {
      name: "a positive row with one ratio computed as T / R",
      sheets: [
        {
          name: "T 2.3.1",
          rows: [...head231, rows231[7]].map((r, i) => (i === 3 ? with232(r, 17, 91.08) : r)),
          merges: merges231,
        },
      ],
      findings: [
        { sheet: "T 2.3.1", cell: "R4", expected: 109.79, actual: 91.08, message: /positif.*negatif-rasio/ },
      ],
    },
    {
      name: "a stated positif polaritas gives a certain fix",
      sheets: [lkjip([[1, "Indeks Risiko Bencana", "Indeks", "positif", 120, 110, 108.33]], true)],
      findings: [{ cell: "G2", expected: 91.67, actual: 108.33, message: /kolom polaritas/ }],
    },
    {
      name: "unknown polarity assumes positif and says so",
      sheets: [lkjip([[1, "Indeks X", "Indeks", 80, 72, 95]])],
      findings: [{ cell: "F2", expected: 90, actual: 95, message: /dianggap positif/ }],
    },
  ],
});

describe("capaian-mismatch on a column of formulas", () => {
  // LKjIP: two negative indicators with refleksi, one with rasio, each right by its own convention.
  const sheetCampur = {
    name: "Pengukuran",
    rows: [
      ["No", "Indikator", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)"],
      [1, "Prevalensi stunting pada balita", "%", 5.2, 4.8, 107.69],
      [2, "Angka kematian ibu per 100.000 kelahiran hidup", "per 100.000 KH", 60, 54.3, 109.5],
      [3, "Persentase penduduk miskin", "%", 9.4, 9.71, 96.81],
      [4, "Persentase PMKS yang tertangani", "%", 75, 76.85, 102.47],
    ] as CellValue[][],
    formulas: {
      F2: "(2*D2-E2)/D2*100",
      F3: "(2*D3-E3)/D3*100",
      F4: "D4/E4*100",
      F5: "E5/D5*100",
    },
  };

  it("reports a column mixing refleksi and rasio once, as info, and no row as wrong", () => {
    const f = findingsOf(capaianMismatch, [sheetCampur]);
    expect(f.map((x) => `${x.cell} ${x.severity}`)).toEqual(["F4 info"]);
    expect(f[0].message).toMatch(/refleksi .* baris 2, 3 .* rasio .* baris 4/);
  });

  it("names a positive formula on a negative indicator in the finding", () => {
    const spec = {
      ...sheetCampur,
      rows: sheetCampur.rows.map((r) => [...r]),
      formulas: { ...sheetCampur.formulas },
    };
    spec.formulas.F2 = "E2/D2*100";
    spec.rows[1][5] = 92.31;
    const f = findingsOf(capaianMismatch, [spec]).filter((x) => x.severity === "error");
    expect(f.map((x) => x.cell)).toEqual(["F2"]);
    expect(f[0].message).toMatch(/=E2\/D2\*100\) memakai R \/ T x 100/);
  });
});

describe("names in messages", () => {
  it("a name is shown whole; a paragraph-long cell is shortened at a word boundary, never mid-word", async () => {
    const { awalan } = await import("../../../src/core/rules/values");
    const nama =
      "Persentase penyandang masalah kesejahteraan sosial yang memperoleh rehabilitasi sosial dasar di luar panti";
    expect(awalan(nama)).toBe(`${nama}: `);
    const paragraf = `${nama} ${nama} ${nama}`;
    const a = awalan(paragraf);
    expect(a.endsWith("...: ")).toBe(true);
    const shown = a.slice(0, -5);
    expect(paragraf.startsWith(shown)).toBe(true);
    expect(paragraf[shown.length]).toBe(" "); // cut before a space, not inside a word
    expect(awalan("Indeks Gini")).toBe("Indeks Gini: ");
  });
});
