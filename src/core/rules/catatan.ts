// The notes under a table ("Keterangan:", "Catatan:", numbered lines): where offices state their
// conventions (which indicators are lower-is-better, how a final condition is counted). One
// reader for the rules that look there; texts normalised, each table's notes read once.
import type { DetectedTable } from "../detect";
import { norm } from "../detect/text";
import type { Grid } from "../grid";
import { textOf } from "../grid";

/** How many rows under a table are read as its notes. */
const NOTE_ROWS = 8;
const CACHE = new WeakMap<DetectedTable, string[]>();

/** The normalised texts of at least 12 characters in the rows right under the table. */
export function teksCatatan(table: DetectedTable, grid: Grid): string[] {
  let out = CACHE.get(table);
  if (out) return out;
  out = [];
  const last = Math.min(grid.rowCount, table.range.r2 + NOTE_ROWS);
  for (let r = table.range.r2 + 1; r <= last; r++)
    for (let c = table.range.c1; c <= table.range.c2; c++) {
      const text = textOf(grid.value(r, c));
      if (text.length >= 12) out.push(norm(text));
    }
  CACHE.set(table, out);
  return out;
}
