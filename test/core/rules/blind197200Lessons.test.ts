// What forms-blind197 .. 200 taught (regional cooperation, sectoral statistics, street lighting,
// special education): a number row may write a running total's identity with bare words ("4 = 4
// sebelumnya + 3"), and is no data row then; a running total's first row agrees with its column,
// and its slipped row is wrong by the column's own formulas, whatever the column is called.
import { foundOn } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

// (`f10` the Triwulan IV bill to date, with its cached `nilai`)
const pbjt = (f10: string, nilai: number): SheetSpec => ({
  name: "PPJ vs PJU 2024",
  rows: [
    ["PENERIMAAN PBJT ATAS TENAGA LISTRIK DAN TAGIHAN REKENING LISTRIK PJU TAHUN ANGGARAN 2024"],
    ["(dalam ribuan rupiah)"],
    [],
    ["No", "Periode", "Penerimaan PBJT Tenaga Listrik", null, "Tagihan Rekening Listrik PJU", null],
    ["No", "Periode", "Triwulan Berjalan", "s.d. Triwulan", "Triwulan Berjalan", "s.d. Triwulan"],
    ["1", "2", "3", "4 = 4 sebelumnya + 3", "5", "6 = 6 sebelumnya + 5"],
    [1, "Triwulan I", 4386215, 4386215, 2614380, 2614380],
    [2, "Triwulan II", 4512940, 8899155, 2658115, 5272495],
    [3, "Triwulan III", 4698472, 13597627, 2703962, 7976457],
    [4, "Triwulan IV", 4875106, 18472733, 2781430, nilai],
  ],
  merges: ["A4:A5", "B4:B5", "C4:D4", "E4:F4"],
  formulas: {
    D7: "C7",
    D8: "D7+C8",
    D9: "D8+C9",
    D10: "D9+C10",
    F7: "E7",
    F8: "F7+E8",
    F9: "F8+E9",
    F10: f10,
  },
});

describe("a quarterly running total under a number row of bare words (forms-blind199)", () => {
  it("reads '4 = 4 sebelumnya + 3' as the form's number row, not a row of text in number columns", () => {
    expect(foundOn(pbjt("F9+E10", 10757887))).toEqual([]);
  });

  it("names the running total's slipped row, its first row agreeing with the others", () => {
    const spec = pbjt("F9+E9", 10680419);
    expect(foundOn(spec)).toEqual([["inconsistent-formula", "F10"]]);
  });
});
