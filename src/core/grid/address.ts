// A1 addressing both ways. Rows and columns are 1-based, as Excel counts them.
export type CellRef = { row: number; col: number };
export type RangeRef = { r1: number; c1: number; r2: number; c2: number };

export function colToLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function toA1(row: number, col: number): string {
  return `${colToLetters(col)}${row}`;
}

export function parseA1(a1: string): CellRef | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) return undefined;
  return { row: Number(m[2]), col: lettersToCol(m[1]) };
}

export function rangeToA1(r: RangeRef): string {
  const a = toA1(r.r1, r.c1);
  const b = toA1(r.r2, r.c2);
  return a === b ? a : `${a}:${b}`;
}

export function parseRange(a1: string): RangeRef | undefined {
  const [x, y = x] = a1.split(":");
  const p = parseA1(x);
  const q = parseA1(y);
  if (!p || !q) return undefined;
  return {
    r1: Math.min(p.row, q.row),
    c1: Math.min(p.col, q.col),
    r2: Math.max(p.row, q.row),
    c2: Math.max(p.col, q.col),
  };
}

export function contains(r: RangeRef, row: number, col: number): boolean {
  return row >= r.r1 && row <= r.r2 && col >= r.c1 && col <= r.c2;
}
