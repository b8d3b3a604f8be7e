import { nilaiRumusSel } from "../../../src/core/formulas/rumusSel";

// C18 = 245 beds, D18 = 31 days, J18 = 7 236 patient days; E1 = 0; F1 holds no number
const cells: Record<string, number> = { "18:3": 245, "18:4": 31, "18:10": 7236, "1:5": 0, "2:1": 2.675 };
const nilai = (r: number, c: number): number | undefined => cells[`${r}:${c}`];

describe("the value of a cell formula from the sheet's numbers", () => {
  it.each([
    ["=ROUND(J18/(C18*D18)*100,2)", 95.27],
    ["=J18/(C18*D18)*100", (7236 / (245 * 31)) * 100],
    ["=(2*C18-D18)/C18*100", ((2 * 245 - 31) / 245) * 100],
    ["=$C$18+D$18-J18", 245 + 31 - 7236],
    ["=-C18^2", 245 ** 2], // Excel's unary minus binds first
    ["=2^3^2", 64], // and ^ is left-associative
    ["=ROUND(A2,2)", 2.68], // half away from zero on the decimal digits
    ["=ROUND(-A2,2)", -2.68],
    ["= ( C18 + 5 ) * 2", 500],
  ])("%s gives %d", (formula, want) => {
    expect(nilaiRumusSel(formula, nilai)).toBeCloseTo(want, 9);
  });

  it.each([
    ["=SUM(C18:D18)", "a range"],
    ["=Sheet2!C18/D18", "another sheet"],
    ["=C18/E1", "a division by zero"],
    ["=C18/F1", "a cell without a number"],
    ["=IF(C18>0,C18,0)", "another function"],
    ["=C18%", "the percent operator"],
    ["=ROUND(C18/D18)", "ROUND without its digits"],
    ["=ROUND(C18,1.5)", "ROUND to a fraction of a digit"],
    ['=C18&"x"', "text"],
    ["=(C18+D18", "an unclosed parenthesis"],
    ["=", "nothing"],
    ["=C18/#DIV/0!", "an error value"],
  ])("%s gives nothing (%s)", (formula) => {
    expect(nilaiRumusSel(formula, nilai)).toBeUndefined();
  });
});
