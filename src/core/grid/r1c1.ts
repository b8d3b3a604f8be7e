// The relative (R1C1) form of a formula: the same formula filled down a column reads the same
// in every row, so comparing these strings finds the one formula that points elsewhere.
// "=B7/C7*100" in row 7 and "=B8/C8*100" in row 8 both become "=RC[-2]/RC[-1]*100".
import { colToLetters, lettersToCol } from "./address";

// A cell reference that is not part of a longer name, not a function call and not in a string.
const REF = /(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![\w(!.])/gy;

function relRow(abs: boolean, row: number, base: number): string {
  if (abs) return `R${row}`;
  return row === base ? "R" : `R[${row - base}]`;
}
function relCol(abs: boolean, col: number, base: number): string {
  if (abs) return `C${col}`;
  return col === base ? "C" : `C[${col - base}]`;
}

export function toR1C1(formula: string, row: number, col: number): string {
  let out = "";
  let i = 0;
  const f = formula;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"') {
      // string literal, "" escapes a quote
      let j = i + 1;
      while (j < f.length && !(f[j] === '"' && f[j + 1] !== '"')) j += f[j] === '"' ? 2 : 1;
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      // quoted sheet name
      let j = i + 1;
      while (j < f.length && !(f[j] === "'" && f[j + 1] !== "'")) j += f[j] === "'" ? 2 : 1;
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? f[i - 1] : "";
    if (/[A-Za-z_\\]/.test(prev) || /\d/.test(prev)) {
      out += ch;
      i++;
      continue;
    }
    REF.lastIndex = i;
    const m = REF.exec(f.toUpperCase());
    if (m && m.index === i) {
      out += relRow(m[3] === "$", Number(m[4]), row) + relCol(m[1] === "$", lettersToCol(m[2]), col);
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

// R[-1]C[2], R5C, RC[-3] ... back to A1 in the frame of (row, col).
const R1C1_REF = /R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![\w(])/gy;

function part(spec: string | undefined, base: number, absPrefix: boolean): string {
  if (spec === undefined) return String(base);
  if (spec.startsWith("[")) return String(base + Number(spec.slice(1, -1)));
  return (absPrefix ? "$" : "") + spec;
}

/** The A1 formula a relative form stands for at (row, col): the inverse of toR1C1. */
export function fromR1C1(formula: string, row: number, col: number): string {
  let out = "";
  let i = 0;
  const f = formula;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < f.length && !(f[j] === ch && f[j + 1] !== ch)) j += f[j] === ch ? 2 : 1;
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? f[i - 1] : "";
    if (ch === "R" && !/[A-Za-z0-9_.\\]/.test(prev)) {
      R1C1_REF.lastIndex = i;
      const m = R1C1_REF.exec(f);
      if (m && m.index === i) {
        const r = part(m[1], row, true);
        const cAbs = m[2] !== undefined && !m[2].startsWith("[");
        const cNum =
          m[2] === undefined ? col : m[2].startsWith("[") ? col + Number(m[2].slice(1, -1)) : Number(m[2]);
        out += `${cAbs ? "$" : ""}${colToLetters(cNum)}${r}`;
        i += m[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}
