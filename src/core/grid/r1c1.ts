// The relative (R1C1) form of a formula: the same formula filled down a column reads the same
// in every row, so comparing these strings finds the one formula that points elsewhere.
// "=B7/C7*100" in row 7 and "=B8/C8*100" in row 8 both become "=RC[-2]/RC[-1]*100".
import { lettersToCol } from "./address";

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
