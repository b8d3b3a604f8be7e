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
 * Every one-column range a formula SUMs anywhere inside it ("=ROUND(SUM(L9:L12)/SUM(K9:K12)*100,2)":
 * L9:L12 and K9:K12), as column and rows: what the formula takes as a column's total.
 */
export function sumRanges(formula: string | undefined): Array<{ col: number; r1: number; r2: number }> {
  if (!formula) return [];
  const f = formula.replace(/\$/g, "").replace(/\s+/g, "").toUpperCase();
  const out: Array<{ col: number; r1: number; r2: number }> = [];
  for (const m of f.matchAll(/\bSUM\(([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)\)/g))
    if (m[1] === m[3]) out.push({ col: lettersToCol(m[1]), r1: Number(m[2]), r2: Number(m[4]) });
  return out;
}

/**
 * A formula's body as the ratio readers compare it: no "=", "$" or spaces, upper case, and without
 * the wrappers that keep its value, ROUND(x, n) (with the digits it keeps) and IFERROR(x, y)
 * ("=IFERROR(ROUND(D7/C7*100,2),0)" is D7/C7*100 to 2 digits).
 */
export function intiRumus(formula: string): { f: string; digits?: number } {
  let f = formula.replace(/^=/, "").replace(/\s+/g, "").replace(/\$/g, "").toUpperCase();
  let digits: number | undefined;
  for (;;) {
    const round = /^ROUND\((.*),(\d)\)$/.exec(f);
    if (round) {
      [f, digits] = [round[1], Number(round[2])];
      continue;
    }
    const pertama = /^IFERROR\(.*\)$/.test(f) ? argumenPertama(f.slice(8, -1)) : undefined;
    if (pertama === undefined) return { f, ...(digits !== undefined ? { digits } : {}) };
    f = pertama;
  }
}

/** The first argument of a call's argument list, if the list has a second at its top level. */
function argumenPertama(args: string): string | undefined {
  let depth = 0;
  for (let i = 0; i < args.length; i++) {
    const ch = args[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "," && depth === 0) return args.slice(0, i);
    if (depth < 0) return undefined;
  }
  return undefined;
}

type Rasio = { num: [number, number]; den: [number, number]; persen: boolean; digits?: number };

const sel = (letters: string, row: string): [number, number] => [Number(row), lettersToCol(letters)];

/**
 * The two cells of a ratio formula ("=D7/C7", "=ROUND(D7/C7*100,2)", "=(D7/C7)*100"): numerator,
 * denominator, whether it is a percentage and the digits it rounds to.
 */
export function ratioReferences(formula: string | undefined): Rasio | undefined {
  if (!formula) return undefined;
  const { f, digits } = intiRumus(formula);
  const m = /^\(?([A-Z]{1,3})(\d+)\/([A-Z]{1,3})(\d+)\)?(\*100)?$/.exec(f);
  if (!m) return undefined;
  return {
    num: sel(m[1], m[2]),
    den: sel(m[3], m[4]),
    persen: !!m[5],
    ...(digits !== undefined ? { digits } : {}),
  };
}

/**
 * A share of its own row as a percentage over a sum of cells ("=ROUND(E10/(C10+D10)*100,2)", the
 * receivables collected over the opening balance and what was added): the numerator and the cells
 * of the denominator; `ratioReferences` reads the plain "X / Y x 100".
 */
export function shareOfSumReferences(
  formula: string | undefined,
): { num: [number, number]; den: Array<[number, number]> } | undefined {
  if (!formula) return undefined;
  const { f } = intiRumus(formula);
  const m = /^\(?([A-Z]{1,3})(\d+)\/\(([A-Z]{1,3}\d+(?:\+[A-Z]{1,3}\d+)+)\)\)?\*100$/.exec(f);
  if (!m) return undefined;
  const den = m[3].split("+").map((t): [number, number] => {
    const [, letters, row] = /^([A-Z]{1,3})(\d+)$/.exec(t)!;
    return sel(letters, row);
  });
  return { num: sel(m[1], m[2]), den };
}

// the refleksi of a lower-is-better indicator, R against T (IKU.md's convention), with the groups
// that name T and the one that names R: (2T - R) / T, (T x 2 - R) / T, (T + (T - R)) / T as a
// fraction or x 100, and 2 - R / T, 1 + (1 - R / T), bare or in parentheses x 100
const REF = "([A-Z]{1,3}\\d+)";
const bentuk = (
  body: string,
  t: number[],
  r: number,
  kurung: boolean,
): Array<{ re: RegExp; t: number[]; r: number }> =>
  (kurung
    ? [`${body}`, `\\(${body}\\)`, `\\(${body}\\)\\*100`]
    : [body, `${body}\\*100`, `\\(${body}\\)\\*100`]
  ).map((p) => ({ re: new RegExp(`^${p}$`), t, r }));
const REFLEKSI = [
  ...bentuk(`\\(\\(?2\\*${REF}\\)?-${REF}\\)/${REF}`, [1, 3], 2, false),
  ...bentuk(`\\(${REF}\\*2-${REF}\\)/${REF}`, [1, 3], 2, false),
  ...bentuk(`\\(${REF}\\+\\(${REF}-${REF}\\)\\)/${REF}`, [1, 2, 4], 3, false),
  ...bentuk(`2-${REF}/${REF}`, [2], 1, true),
  ...bentuk(`1\\+\\(1-${REF}/${REF}\\)`, [2], 1, true),
];

/**
 * The two cells of a refleksi formula ("=ROUND((2*C19-D19)/C19*100,2)"): the realisation as
 * numerator, the target as denominator, as `ratioReferences` gives them for R / T.
 */
export function refleksiReferences(formula: string | undefined): Rasio | undefined {
  if (!formula) return undefined;
  const { f, digits } = intiRumus(formula);
  for (const { re, t, r } of REFLEKSI) {
    const m = re.exec(f);
    if (!m) continue;
    const ts = t.map((i) => m[i]);
    if (ts.some((x) => x !== ts[0]) || m[r] === ts[0]) return undefined;
    const [, rl, rn] = /^([A-Z]+)(\d+)$/.exec(m[r]) as RegExpExecArray;
    const [, tl, tn] = /^([A-Z]+)(\d+)$/.exec(ts[0]) as RegExpExecArray;
    return {
      num: sel(rl, rn),
      den: sel(tl, tn),
      persen: /\*100$/.test(f),
      ...(digits !== undefined ? { digits } : {}),
    };
  }
  return undefined;
}
