// A "rumus" that names rows of its own table ("(1.1 / 1.2) x 100%", "1.1 : 1.2 × 100") turned
// into an expression over those rows. Text formulas in words ("Jumlah PMKS / Jumlah penduduk")
// are not evaluable and give undefined: only rows, numbers, operators and parentheses.
import { hitung } from "./mathTerbatas";

export type RumusBaris = { expr: string; rows: string[] };

const ROW_REF = /\b\d+(?:\.\d+)+\b/g;

/** "(1.1 / 1.2) x 100%" -> { expr: "(b_1_1 / b_1_2) * 100", rows: ["1.1", "1.2"] }. */
export function parseRumusBaris(text: string): RumusBaris | undefined {
  const rows: string[] = [];
  let s = text
    .trim()
    .replace(/^=/, "")
    .replace(/\s*%\s*$/, "");
  s = s.replace(ROW_REF, (m) => {
    if (!rows.includes(m)) rows.push(m);
    return `b_${m.replace(/\./g, "_")}`;
  });
  if (rows.length === 0) return undefined;
  s = s
    .replace(/[x×]/gi, "*")
    .replace(/:/g, "/")
    .replace(/(\d),(\d)/g, "$1.$2");
  if (!/^[\sb_\d.+\-*/()]+$/.test(s)) return undefined;
  return { expr: s, rows };
}

/** The value of a row formula for one column, or undefined when a row is missing or a division fails. */
export function nilaiRumus(r: RumusBaris, values: Record<string, number | undefined>): number | undefined {
  const scope: Record<string, number> = {};
  for (const row of r.rows) {
    const v = values[row];
    if (v === undefined) return undefined;
    scope[`b_${row.replace(/\./g, "_")}`] = v;
  }
  try {
    const v = hitung(r.expr, scope);
    return Number.isFinite(v) ? v : undefined;
  } catch {
    return undefined;
  }
}
