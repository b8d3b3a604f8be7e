import { capaianMismatch } from "../../../src/core/rules/capaianMismatch";
import type { CellValue } from "../../../src/core/grid";
import { findingsOf, ruleTester } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";
import { gini, head231, merges231, rows231, tabel231 } from "../../fixtures/sheets/blitar231";
import { bl, btl, rest232, tabel232 } from "../../fixtures/sheets/blitar232";
import { withCell } from "../../fixtures/sheets/variant";

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
          rows: [...head231, withCell(withCell(withCell(gini, 16, 92.31), 17, 102.86), 18, 109.09)],
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
      sheets: [tabel232([withCell(btl, 13, 83.74), bl, ...rest232])],
      findings: [{ sheet: "T 2.3.2", cell: "O6", expected: 98.04, actual: 90.16, message: /serapan/ }],
    },
    {
      name: "Tabel 2.3.2: Belanja Tidak Langsung 2019 printed 93,74 where the amounts give 83,74",
      sheets: [tabel232([btl, ...rest232])],
      findings: [{ sheet: "T 2.3.2", cell: "N5", expected: 83.74, actual: 93.74, message: /83,74/ }],
    },
    {
      name: "Gini 2019 printed 98,33: negatif-refleksi from the lexicon",
      sheets: [{ name: "T 2.3.1", rows: [...head231, withCell(gini, 18, 98.33)], merges: merges231 }],
      findings: [
        { sheet: "T 2.3.1", cell: "S4", expected: 108.33, actual: 98.33, message: /negatif-refleksi.*gini/ },
      ],
    },
    {
      name: "a positive row with one ratio computed as T / R",
      sheets: [
        {
          name: "T 2.3.1",
          rows: [...head231, rows231[7]].map((r, i) => (i === 3 ? withCell(r, 17, 91.08) : r)),
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
