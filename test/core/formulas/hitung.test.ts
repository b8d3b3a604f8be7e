import { hitung, nilaiRumus, parseRumusBaris } from "../../../src/core/formulas/hitung";

describe("the restricted mathjs", () => {
  it("does arithmetic over variables", () => {
    expect(hitung("(b_3_1 / b_3_2) * 100", { b_3_1: 133, b_3_2: 143 })).toBeCloseTo(93.01, 2);
    expect(hitung("2^3 - -1", {})).toBe(9);
  });

  it.each([
    ["import({}, {})"],
    ['createUnit("kolom")'],
    ['evaluate("1+1")'],
    ['parse("1+1")'],
    ['compile("1+1")'],
    ['simplify("x+x")'],
    ["f(x) = x^2"],
    ['"teks"'],
    ["[1, 2]"],
    ["sqrt(4)"],
  ])("refuses %s", (expr) => {
    expect(() => hitung(expr, {})).toThrow();
  });
});

it("keeps an assignment inside the expression", () => {
  const scope = { b: 2 };
  expect(hitung("b = 5", scope)).toBe(5);
  expect(scope).toEqual({ b: 2 });
});

describe("rumus that name rows", () => {
  it.each([
    ["(1.1 / 1.2) x 100%", "(b_1_1 / b_1_2) * 100", ["1.1", "1.2"]],
    ["1.1 : 1.2 × 100", "b_1_1 / b_1_2 * 100", ["1.1", "1.2"]],
    ["(3.1/3.2)x100 %", "(b_3_1/b_3_2)*100", ["3.1", "3.2"]],
  ])("reads %s", (text, expr, rows) => {
    expect(parseRumusBaris(text)).toEqual({ expr, rows });
  });

  it("leaves formulas in words alone", () => {
    expect(parseRumusBaris("Jumlah PMKS / Jumlah penduduk x 100%")).toBeUndefined();
    expect(parseRumusBaris("Data resmi BPS")).toBeUndefined();
    expect(parseRumusBaris("1.1 + import(x)")).toBeUndefined();
  });

  it("computes per column and gives up on missing rows or division by zero", () => {
    const r = parseRumusBaris("(1.1 / 1.2) x 100%")!;
    expect(nilaiRumus(r, { "1.1": 1009, "1.2": 6212 })).toBeCloseTo(16.24, 2);
    expect(nilaiRumus(r, { "1.1": 1009 })).toBeUndefined();
    expect(nilaiRumus(r, { "1.1": 1, "1.2": 0 })).toBeUndefined();
  });
});
