// The IKU.* custom functions as Excel calls them: ranges as 2-D arrays, results spilled, errors
// as CustomFunctions.Error. The runtime's CustomFunctions global is replaced by a small fake
// that records what Excel would receive.
class FakeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: FakeError,
  associate: jest.fn(),
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { IKATAN } = require("../../src/functions/functions") as typeof import("../../src/functions/functions");
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- results are checked by shape below
type Ikatan = (...args: any[]) => any;
/** The bindings by lower-case name: f.capaian(...) is what Excel calls for IKU.CAPAIAN. */
const f = Object.fromEntries(Object.entries(IKATAN).map(([k, v]) => [k.toLowerCase(), v])) as Record<
  string,
  Ikatan
>;
import { ARGUMEN_PER_SEL } from "../../src/functions/rumusBiasa";
import { DEFINISI } from "../../src/functions/definitions";

describe("IKU.* custom functions", () => {
  it("associates every function of the definitions with Excel by its id", () => {
    const associate = (globalThis as unknown as { CustomFunctions: { associate: jest.Mock } }).CustomFunctions
      .associate;
    expect(associate.mock.calls.map((c) => c[0])).toEqual(DEFINISI.map((d) => d.nama));
    for (const [id, fn] of associate.mock.calls) expect(fn).toBe(IKATAN[id as keyof typeof IKATAN]);
  });

  it("spill over exactly the arguments Siap kirim counts as cell by cell (ARGUMEN_PER_SEL)", () => {
    const contoh: Record<string, unknown[]> = {
      CAPAIAN: [90, 100, "negatif", "rasio"],
      PENURUNAN: [100, 90],
      PERTUMBUHAN: [100, 90],
      SERAPAN: [90, 100],
      EFISIENSI: [90, 80, "rasio"],
      PREDIKAT: [90, "lkjip"],
      NILAISAKIP: [90],
      TARGETANTARA: [1, 2, 2021, 2026, 2023],
      ANGKA: ["5"],
      KONDISIAKHIR: [[[1, 2]], "jumlah"],
      RATAPERTUMBUHAN: [[[1, 2]], "geometrik"],
    };
    const fungsi = f;
    for (const [nama, args] of Object.entries(contoh)) {
      for (let i = 0; i < args.length; i++) {
        const dua = args.map((a, j) => (j !== i ? (Array.isArray(a) ? a : [[a]]) : [[a], [a]]));
        const out = fungsi[nama.toLowerCase()]!(...dua);
        const tumpah = Array.isArray(out) && out.length === 2;
        expect([nama, i, tumpah]).toEqual([nama, i, (ARGUMEN_PER_SEL[nama] ?? []).includes(i)]);
      }
    }
  });

  it("IKU.CAPAIAN spills one result per row of Tabel 2.3.1 (2018 column)", () => {
    const realisasi = [[91.35], [100], ["-"], [null]];
    const target = [[82], [98], [10], [10]];
    const out = f.capaian(realisasi, target);
    expect(out).toHaveLength(4);
    expect(out[0][0]).toBeCloseTo(111.4, 2);
    expect(out[1][0]).toBeCloseTo(102.04, 2);
    expect(out[2][0]).toBeInstanceOf(FakeError);
    expect(out[2][0].code).toBe("#N/A");
    expect(out[2][0].message).toMatch(/\S/);
    expect(out[3][0]).toBe("");
  });

  it("IKU.CAPAIAN takes the polarity and method as text", () => {
    const out = f.capaian([[0.39, 0.35, 0.33]], [[0.36]], "negatif");
    expect(out[0].map((v: number) => Math.round(v * 100) / 100)).toEqual([91.67, 102.78, 108.33]);
    expect(f.capaian([[0.39]], [[0.36]], "negatif", "rasio")[0][0]).toBeCloseTo(92.31, 2);
  });

  it("keeps a message only on #VALUE! and #N/A, which Excel can show", () => {
    const div0 = f.capaian([[5]], [[0]])[0][0];
    expect(div0.code).toBe("#DIV/0!");
    expect(div0.message).toBeUndefined();
    const value = f.capaian([[5]], [["banyak"]])[0][0];
    expect(value.code).toBe("#VALUE!");
    expect(value.message).toMatch(/angka/i);
  });

  it("refuses ranges of different shapes with one #VALUE!", () => {
    const out = f.serapan([[1], [2], [3]], [[1, 2]]);
    expect(out).toHaveLength(1);
    expect(out[0][0].code).toBe("#VALUE!");
    expect(out[0][0].message).toMatch(/Ukuran rentang berbeda/);
  });

  it("reads a row or a column of yearly values for RATAPERTUMBUHAN and KONDISIAKHIR", () => {
    expect(f.ratapertumbuhan([[100, 110, 121]])).toBeCloseTo(10, 6);
    expect(f.ratapertumbuhan([[100], [110], [121]], "geometrik")).toBeCloseTo(10, 6);
    expect(f.kondisiakhir([[1, 1, 1, 1, 1.54]])).toBe(1.54);
    expect(f.kondisiakhir([[1, 2, 3]], "jumlah")).toBe(6);
  });

  it("PREDIKAT takes a scale name or a two-column table", () => {
    expect(f.predikat([[90.5], [90]])).toEqual([["Sangat Tinggi"], ["Tinggi"]]);
    expect(f.predikat([[85]], [["lkjip"]])).toEqual([["Baik"]]);
    expect(
      f.predikat(
        [[85]],
        [
          [90, "A"],
          [80, "B"],
          ["", "C"],
        ],
      ),
    ).toEqual([["B"]]);
  });

  it("NILAISAKIP, TARGETANTARA, ANGKA, PENURUNAN, PERTUMBUHAN and EFISIENSI map cell by cell", () => {
    expect(f.nilaisakip([[90], ["A (84,35)"], ["BB (84,35)"]])).toEqual([["A"], ["A"], ["A"]]);
    expect(f.targetantara(10, 20, 2021, 2026, [[2022, 2023, 2026]])).toEqual([[12, 14, 20]]);
    expect(f.angka([["11.653", "6,12", "12,5%"]])).toEqual([[11653, 6.12, 12.5]]);
    expect(f.penurunan([[1250]], [[1100]])[0][0]).toBeCloseTo(12, 9);
    expect(f.pertumbuhan([[100]], [[112]])[0][0]).toBeCloseTo(12, 9);
    expect(f.efisiensi([[98]], [[92.5]])[0][0]).toBeCloseTo(5.5, 9);
  });
});
