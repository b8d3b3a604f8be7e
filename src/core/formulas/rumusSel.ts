// The value of an arithmetic formula over single cells ("=ROUND(J18/(C18*D18)*100,2)", a
// hospital's BOR), computed from the values the sheet holds: what the formula gives once the
// workbook is recalculated. Numbers, cells of the same sheet, + - * / ^, unary signs, parentheses
// and ROUND only; anything else (a range, another sheet, another function, text, a blank cell)
// gives undefined, so a caller never compares a value with a guess. A small parser of its own:
// mathjs costs 0,7 to 2 s of a CLI start (./hitung/pabrikMathjs), for formulas found in most
// workbooks.
import { lettersToCol } from "../grid";
import { bulatkan } from "../indicators/pembulatan";
import { tokenize } from "./tokenize";
import type { Token } from "./tokenize";

const SEL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i;

class Bukan extends Error {}

/** The formula's value from `nilai` (undefined for a cell that holds no number). */
export function nilaiRumusSel(
  formula: string,
  nilai: (row: number, col: number) => number | undefined,
): number | undefined {
  const t: Token[] = tokenize(formula.replace(/^=/, "")).filter((x) => x.kind !== "space");
  let i = 0;
  const op = (s: string): boolean => t[i]?.kind === "op" && t[i].text === s;
  const expect = (kind: Token["kind"]): void => {
    if (t[i]?.kind !== kind) throw new Bukan();
    i++;
  };
  // Excel's precedence: unary sign, then ^, then * /, then + -
  const primary = (): number => {
    const x = t[i];
    if (!x) throw new Bukan();
    if (x.kind === "number") {
      i++;
      return Number(x.text);
    }
    if (x.kind === "open") {
      i++;
      const v = sum();
      expect("close");
      return v;
    }
    if (x.kind === "func" && x.text.toUpperCase() === "ROUND") {
      i++;
      expect("open");
      const v = sum();
      expect("comma");
      const d = sum();
      expect("close");
      if (!Number.isInteger(d)) throw new Bukan();
      return bulatkan(v, d);
    }
    const m = x.kind === "word" ? SEL.exec(x.text) : null;
    if (!m) throw new Bukan();
    i++;
    // a sheet's name before "!", or a range's start before ":", is no cell of this sheet
    if (op("!") || op(":")) throw new Bukan();
    const v = nilai(Number(m[2]), lettersToCol(m[1].toUpperCase()));
    if (v === undefined) throw new Bukan();
    return v;
  };
  const unary = (): number => {
    if (op("-")) {
      i++;
      return -unary();
    }
    if (op("+")) {
      i++;
      return unary();
    }
    return primary();
  };
  const power = (): number => {
    let v = unary();
    while (op("^")) {
      i++;
      v = v ** unary();
    }
    return v;
  };
  const product = (): number => {
    let v = power();
    while (op("*") || op("/")) {
      const div = op("/");
      i++;
      const w = power();
      if (div && w === 0) throw new Bukan();
      v = div ? v / w : v * w;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (op("+") || op("-")) {
      const minus = op("-");
      i++;
      const w = product();
      v = minus ? v - w : v + w;
    }
    return v;
  };
  try {
    const v = sum();
    return i === t.length && Number.isFinite(v) ? v : undefined;
  } catch (e) {
    if (e instanceof Bukan) return undefined;
    throw e;
  }
}
