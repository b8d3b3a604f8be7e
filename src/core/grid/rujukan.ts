// Formulas that add and subtract plain references: what a total's formula says it sums. Read by
// detection (a row whose SUM reaches the lines under it) and by the rules.
import { lettersToCol, parseRange } from "./address";

/**
 * The terms of a formula that adds and subtracts references ("=A1+B1", "=SUM(C5:C9)",
 * "=SUM(I16,I19)", "=D18-E18"): each cell with its sign.
 */
export function linearReferences(formula: string | undefined): Array<[number, number, 1 | -1]> | undefined {
  if (!formula) return undefined;
  let f = formula.replace(/\$/g, "").replace(/\s+/g, "").toUpperCase();
  const sum = /^SUM\((.*)\)$/.exec(f);
  if (sum) f = sum[1].replace(/,/g, "+");
  if (!/^[A-Z]+\d+(:[A-Z]+\d+)?([+-][A-Z]+\d+(:[A-Z]+\d+)?)*$/.test(f)) return undefined;
  const out: Array<[number, number, 1 | -1]> = [];
  for (const m of f.matchAll(/([+-]?)([A-Z]+\d+(?::[A-Z]+\d+)?)/g)) {
    const r = parseRange(m[2]);
    if (!r || (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1) > 10_000) return undefined;
    const sign = m[1] === "-" ? -1 : 1;
    for (let row = r.r1; row <= r.r2; row++)
      for (let col = r.c1; col <= r.c2; col++) out.push([row, col, sign]);
  }
  return out;
}

/**
 * Every cell reference a formula names, in order, whatever the formula does with it
 * ("ROUND(G7/G8,2)": G7, G8; a range gives its two corners): where a formula reaches.
 */
export function cellReferences(formula: string | undefined): Array<[number, number]> {
  if (!formula) return [];
  return [...formula.toUpperCase().matchAll(/\$?([A-Z]{1,3})\$?(\d+)/g)].map((m) => [
    Number(m[2]),
    lettersToCol(m[1]),
  ]);
}

/** Cells of a formula that is a plain sum of references ("=A1+B1", "=SUM(C5:C9)", "=SUM(I16,I19)"). */
export function sumReferences(formula: string | undefined): Array<[number, number]> | undefined {
  const terms = linearReferences(formula);
  if (!terms || terms.some(([, , sign]) => sign < 0)) return undefined;
  return terms.map(([r, c]) => [r, c]);
}

/**
 * The two cells of a ratio formula ("=D7/C7", "=ROUND(D7/C7*100,2)", "=(D7/C7)*100"): numerator,
 * denominator, whether it is a percentage and the digits it rounds to.
 */
export function ratioReferences(
  formula: string | undefined,
): { num: [number, number]; den: [number, number]; persen: boolean; digits?: number } | undefined {
  if (!formula) return undefined;
  let f = formula.replace(/^=/, "").replace(/\s+/g, "").replace(/\$/g, "").toUpperCase();
  let digits: number | undefined;
  const round = /^ROUND\((.*),(\d)\)$/.exec(f);
  if (round) [f, digits] = [round[1], Number(round[2])];
  const m = /^\(?([A-Z]{1,3})(\d+)\/([A-Z]{1,3})(\d+)\)?(\*100)?$/.exec(f);
  if (!m) return undefined;
  return {
    num: [Number(m[2]), lettersToCol(m[1])],
    den: [Number(m[4]), lettersToCol(m[3])],
    persen: !!m[5],
    ...(digits !== undefined ? { digits } : {}),
  };
}
