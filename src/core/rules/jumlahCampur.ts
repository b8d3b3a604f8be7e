// A row's sum that adds counts and money together: "=SUM(H14:P14)" for a kondisi akhir of targets
// over "Tahun ke-1 > Target | Rp | Tahun ke-2 > Target | Rp | ...", which takes the Rp between the
// targets with them (forms-blind112's set made this slip itself; a planner copying a SUM across a
// K / Rp form makes it too). The claim rests on what the summed columns are, so only where every
// one of them is read with certainty as K or as Rp, both kinds among them. Reported by sum-mismatch
// with the sum of the cell's own kind as the expected value.
import { INDICATOR_VALUE_ROLES, MONEY_ROLES } from "../detect/peran";
import type { DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { colToLetters, sumReferences } from "../grid";
import { awalan, barisData, namaIndikator } from "./tahunan";
import type { RuleFinding } from "./types";
import { numAt } from "./values";
import { isUang } from "./kolomAngka";

// the figures of an indicator or of its money: what a K / Rp form lays side by side
const BERNILAI: ReadonlySet<string> = new Set([...INDICATOR_VALUE_ROLES, ...MONEY_ROLES]);

const KINERJA = { id: "kinerja (K)", en: "performance (K)" };
const RUPIAH = { id: "rupiah", en: "rupiah" };

export function jumlahCampur(table: DetectedTable, grid: Grid): RuleFinding[] {
  const byCol = new Map(table.columns.map((c) => [c.col, c]));
  const out: RuleFinding[] = [];
  // a column whose rows all sum the same way is one slip copied down: named once, at its first
  // row, with the others listed (a finding per row would read as a column misread)
  const perKolom = new Map<number, RuleFinding[]>();
  // (most sheets hold no formula, and most tables no K beside Rp: asked before any row is read)
  const pasti = table.columns.filter((c) => BERNILAI.has(c.role) && c.certain);
  if (grid.formulaCount === 0 || !pasti.some(isUang) || pasti.every(isUang)) return out;
  for (const row of barisData(table)) {
    for (const col of pasti) {
      const f = grid.formula(row.row, col.col);
      if (!f || !/SUM\(/i.test(f)) continue;
      const refs = sumReferences(f);
      // (across its own row only, three columns or more: a total down a column is another matter)
      if (!refs || refs.length < 3 || refs.some(([r, c]) => r !== row.row || c === col.col)) continue;
      const cols = refs.map(([, c]) => byCol.get(c));
      if (cols.some((c) => !c || !c.certain || !BERNILAI.has(c.role))) continue;
      const mine = isUang(col);
      const lain = cols.filter((c) => isUang(c!) !== mine).map((c) => c!.col);
      const sama = cols.filter((c) => isUang(c!) === mine).map((c) => c!.col);
      if (lain.length === 0 || sama.length === 0) continue;
      let want = 0;
      for (const c of sama) want += numAt(grid, row.row, c)?.value ?? 0;
      const actual = numAt(grid, row.row, col.col)?.value;
      const formula = `=${sama.map((c) => `${colToLetters(c)}${row.row}`).join("+")}`;
      const list = perKolom.get(col.col) ?? [];
      perKolom.set(col.col, list);
      list.push({
        row: row.row,
        col: col.col,
        expected: want,
        ...(actual !== undefined ? { actual } : {}),
        fix: { formula },
        messageId: "mixedUnits",
        data: {
          name: awalan(namaIndikator(table, grid, row)),
          formula: `=${f}`,
          kind: mine ? RUPIAH : KINERJA,
          other: mine ? KINERJA : RUPIAH,
          columns: lain.map(colToLetters).join(", "),
          fix: formula,
          want,
        },
      });
    }
  }
  for (const [col, list] of perKolom) {
    const [first, ...rest] = list;
    if (rest.length === 0) {
      out.push(first);
      continue;
    }
    const cells = rest.map((f) => `${colToLetters(col)}${f.row}`).join(", ");
    out.push({
      ...first,
      messageId: "mixedUnitsColumn",
      data: { ...first.data, others: cells },
      sama: rest.map((f) => [f.row, col] as [number, number]),
    });
  }
  return out;
}
