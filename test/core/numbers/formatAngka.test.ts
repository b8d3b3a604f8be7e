import { formatAngka, parseAngka } from "../../../src/core/numbers";

describe("formatAngka", () => {
  it.each<[number, number | undefined, string]>([
    [1234.56, undefined, "1.234,56"],
    [-1234.5, undefined, "-1.234,5"],
    [2161905000, undefined, "2.161.905.000"],
    [98.0401, undefined, "98,04"],
    [100, undefined, "100"],
    [91.66666666, undefined, "91,67"],
    [0.5, undefined, "0,5"],
    [1.005, undefined, "1,01"],
    [105.875, undefined, "105,88"],
    [-0.001, undefined, "0"],
    [0, undefined, "0"],
    [98.0401, 2, "98,04"],
    [100, 2, "100,00"],
    [1234.5, 0, "1.235"],
    [-1234.5, 0, "-1.235"],
    [0.1, 3, "0,100"],
    [1e-7, 2, "0,00"],
    [123456789012.345, 1, "123.456.789.012,3"],
  ])("formatAngka(%d, %p) = %s", (value, decimals, text) => {
    expect(formatAngka(value, decimals)).toBe(text);
  });

  it("round-trips through parseAngka", () => {
    for (const v of [11653, 6.12, 2161905000, -7.31, 0.24, 1092]) {
      expect(parseAngka(formatAngka(v))).toEqual({ kind: "angka", value: v, percent: false });
    }
  });

  it("returns non-finite values as text instead of throwing", () => {
    expect(formatAngka(NaN)).toBe("NaN");
    expect(formatAngka(Infinity)).toBe("Infinity");
  });

  it("clamps silly decimal counts", () => {
    expect(formatAngka(1.5, -3)).toBe("2");
    expect(formatAngka(1.25, 2.7)).toBe("1,25");
  });
});
