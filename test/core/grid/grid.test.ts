import {
  Grid,
  colToLetters,
  fromR1C1,
  ratioReferences,
  gridFromRows,
  lettersToCol,
  parseA1,
  parseRange,
  rangeToA1,
  toA1,
  toR1C1,
} from "../../../src/core/grid";

describe("A1 addressing", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("column %i is %s and back", (n, s) => {
    expect(colToLetters(n)).toBe(s);
    expect(lettersToCol(s)).toBe(n);
  });

  it("reads and writes cells and ranges, ignoring $", () => {
    expect(toA1(7, 15)).toBe("O7");
    expect(parseA1("$O$7")).toEqual({ row: 7, col: 15 });
    expect(parseA1("7O")).toBeUndefined();
    expect(parseRange("U27:A4")).toEqual({ r1: 4, c1: 1, r2: 27, c2: 21 });
    expect(rangeToA1({ r1: 4, c1: 1, r2: 27, c2: 21 })).toBe("A4:U27");
    expect(rangeToA1({ r1: 3, c1: 2, r2: 3, c2: 2 })).toBe("B3");
  });
});

describe("R1C1 relative form", () => {
  it("gives formulas filled down a column the same text", () => {
    expect(toR1C1("B7/C7*100", 7, 15)).toBe(toR1C1("B8/C8*100", 8, 15));
    expect(toR1C1("B7/C7*100", 7, 4)).toBe("RC[-2]/RC[-1]*100");
  });

  it("tells a formula pointing at the wrong row apart", () => {
    expect(toR1C1("B7/C6*100", 7, 4)).toBe("RC[-2]/R[-1]C[-1]*100");
  });

  it("keeps absolute parts absolute, and leaves strings, sheet names and functions alone", () => {
    expect(toR1C1("$B$2+B$2+$B2", 5, 3)).toBe("R2C2+R2C[-1]+R[-3]C2");
    expect(toR1C1('IF(A1="B2",LOG10(A1),0)', 1, 1)).toBe('IF(RC="B2",LOG10(RC),0)');
    expect(toR1C1("'Tabel 2.3.1'!D7*2", 7, 4)).toBe("'Tabel 2.3.1'!RC*2");
    expect(toR1C1("SUM(D8:D12)", 13, 4)).toBe("SUM(R[-5]C:R[-1]C)");
    expect(toR1C1("IKU.CAPAIAN(E7,D7)", 7, 6)).toBe("IKU.CAPAIAN(RC[-1],RC[-2])");
  });
});

describe("Grid", () => {
  it("keeps values, formulas and merges, and reads merged values from any cell", () => {
    const g = new Grid({ name: "T" });
    g.set(1, 1, { value: "Target Kinerja", bold: true });
    g.addMerge({ r1: 1, c1: 1, r2: 1, c2: 3 });
    g.set(2, 2, { value: 42, formula: "A2*2", numFmt: "0.00" });
    expect(g.displayValue(1, 3)).toBe("Target Kinerja");
    expect(g.value(1, 3)).toBeNull();
    expect(g.formula(2, 2)).toBe("A2*2");
    expect(g.mergeAt(1, 2)).toEqual({ r1: 1, c1: 1, r2: 1, c2: 3 });
    expect(g.mergeAt(2, 2)).toBeUndefined();
    expect([g.rowCount, g.colCount]).toEqual([2, 3]);
    expect(g.rowIsBlank(3)).toBe(true);
    expect(g.isBlank(2, 1)).toBe(true);
  });

  it("builds from rows at an origin", () => {
    const g = gridFromRows("S", [["a", null, 3]], { row: 30, col: 4 });
    expect(g.value(30, 4)).toBe("a");
    expect(g.value(30, 6)).toBe(3);
    expect([...g.usedRows()]).toEqual([30]);
  });
});

describe("fromR1C1", () => {
  it.each([
    ["B7/C7*100", 7, 4],
    ["$B$2+B$2+$B2", 5, 3],
    ['IF(A1="B2",LOG10(A1),0)', 1, 1],
    ["'Tabel 2.3.1'!D7*2", 7, 4],
    ["SUM(D8:D12)", 13, 4],
    ["(2*C9-D9)/C9*100", 9, 5],
  ])("turns the relative form of %s back into it", (f, r, c) => {
    expect(fromR1C1(toR1C1(f, r, c), r, c)).toBe(f);
  });

  it("moves a relative form to another row", () => {
    expect(fromR1C1(toR1C1("B7/C7*100", 7, 4), 12, 4)).toBe("B12/C12*100");
  });
});

describe("ratioReferences", () => {
  it.each([
    ["=ROUND(D7/C7*100,2)", { num: [7, 4], den: [7, 3], persen: true, digits: 2 }],
    ["D7/$C$7", { num: [7, 4], den: [7, 3], persen: false }],
    ["=(J12/E12)*100", { num: [12, 10], den: [12, 5], persen: true }],
  ])("%s", (f, want) => {
    expect(ratioReferences(f)).toEqual(want);
  });
  it.each([undefined, "", "SUM(A1:A3)", "=D7+C7", "=D7/C7/2", "abc", "=ROUND(AVERAGE(E4,E6),2)"])(
    "no ratio in %p",
    (f) => {
      expect(ratioReferences(f)).toBeUndefined();
    },
  );
});
