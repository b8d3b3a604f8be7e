// Element-wise application over Excel ranges. Custom functions receive ranges as 2-D arrays
// (a single cell arrives as [[x]]); a range of realisations against a range of targets spills
// one result per cell. A 1x1 argument is applied to every cell, like Excel's own broadcasting
// of a scalar; a row against a column, or two ranges of different shapes, is a #VALUE! error.
import { ExcelError, ExcelValue } from "./excelValue";

export type Matrix<T> = T[][];

function shape(m: Matrix<unknown>): [number, number] {
  return [m.length, m.length ? m[0].length : 0];
}

/** Wraps a scalar (or null for an omitted argument) so every argument can be treated as a range. */
export function asMatrix(x: unknown): Matrix<unknown> {
  if (Array.isArray(x)) {
    if (x.length === 0) return [[null]];
    return Array.isArray(x[0]) ? (x as unknown[][]) : [x as unknown[]];
  }
  return [[x]];
}

/** Values of a range in reading order (row by row), for functions that take a run of years. */
export function flatten(x: unknown): unknown[] {
  return asMatrix(x).flat();
}

export function mapCells(args: unknown[], f: (...cells: unknown[]) => ExcelValue): Matrix<ExcelValue> {
  const mats = args.map(asMatrix);
  let rows = 1;
  let cols = 1;
  for (const m of mats) {
    const [r, c] = shape(m);
    if (r === 1 && c === 1) continue;
    if (rows === 1 && cols === 1) {
      rows = r;
      cols = c;
    } else if (r !== rows || c !== cols) {
      const err = new ExcelError("#VALUE!", {
        id: `Ukuran rentang berbeda (${rows}x${cols} dan ${r}x${c}). Pilih rentang realisasi dan target yang sama besarnya.`,
        en: `Ranges differ in size (${rows}x${cols} and ${r}x${c}). Select realisation and target ranges of the same size.`,
      });
      return [[err]];
    }
  }
  const out: Matrix<ExcelValue> = [];
  for (let i = 0; i < rows; i++) {
    const row: ExcelValue[] = [];
    for (let j = 0; j < cols; j++) {
      row.push(f(...mats.map((m) => (m.length === 1 && m[0].length === 1 ? m[0][0] : m[i][j]))));
    }
    out.push(row);
  }
  return out;
}
