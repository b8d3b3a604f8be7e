// urutanPeriode (src/core/detect/periode.ts): the ordinal a row label names, for a report whose rows
// are its periods; anything else, blank or not a period, gives undefined. And sumRanges
// (src/core/grid/rujukan.ts): the one-column ranges a formula SUMs anywhere inside it.
import { urutanPeriode } from "../../../src/core/detect/periode";
import { sumRanges } from "../../../src/core/grid";

describe("urutanPeriode", () => {
  it.each([
    ["Triwulan I", 1],
    ["Triwulan II (Apr-Jun)", 2],
    ["TW 3", 3],
    ["Semester II", 2],
    ["Masa Sidang III", 3],
  ])("reads %j as %d", (label, n) => {
    expect(urutanPeriode(label)).toBe(n);
  });

  it.each(["", "   ", "Jumlah", "Sidang Istimewa", "Kantor Dinas", "#REF!", "0"])(
    "gives nothing for %j",
    (label) => {
      expect(urutanPeriode(label)).toBeUndefined();
    },
  );
});

describe("sumRanges", () => {
  it("reads every one-column SUM inside a formula", () => {
    expect(sumRanges("=ROUND(SUM($L$9:L12)/SUM(K9:K12)*100,2)")).toEqual([
      { col: 12, r1: 9, r2: 12 },
      { col: 11, r1: 9, r2: 12 },
    ]);
  });

  it("gives nothing for no formula, a sum across columns or no SUM", () => {
    expect(sumRanges(undefined)).toEqual([]);
    expect(sumRanges("=SUM(B9:D9)")).toEqual([]);
    expect(sumRanges("=B9/C9*100")).toEqual([]);
  });
});
