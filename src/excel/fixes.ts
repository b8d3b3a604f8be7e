// Perbaiki and Batalkan perbaikan. Office.js writes clear Excel's own undo history, so every
// fix remembers exactly what the cell held (its formula or constant and its number format) and
// can be put back. Round trips: one read (originals and sheet protection) and one write per
// batch; an undo is one write.
import type { Fix } from "../core/rules";
import { HostError, fromOfficeError, protectedSheets } from "./errors";

export type FixRequest = {
  sheet: string;
  cell: string;
  fix: Fix;
  /**
   * The cell shows part of another cell's spilling formula (its value is read, not its own):
   * undoing clears it, so that the formula, put back, can spill into it again.
   */
  tumpahan?: boolean;
};
export type UndoEntry = { sheet: string; cell: string; formula: unknown; numberFormat: string };

export async function applyFixes(
  context: Excel.RequestContext,
  requests: FixRequest[],
): Promise<UndoEntry[]> {
  try {
    const sheets = [...new Set(requests.map((r) => r.sheet))];
    const ws = new Map(sheets.map((s) => [s, context.workbook.worksheets.getItem(s)]));
    for (const w of ws.values()) w.protection.load("protected");
    const ranges = requests.map((r) => {
      const range = ws.get(r.sheet)!.getRange(r.cell);
      range.load("formulas,numberFormat");
      return range;
    });
    await context.sync();
    const locked = sheets.filter((s) => ws.get(s)!.protection.protected);
    if (locked.length) throw protectedSheets(locked);
    const undo: UndoEntry[] = requests.map((r, i) => ({
      sheet: r.sheet,
      cell: r.cell,
      formula: r.tumpahan ? "" : ranges[i].formulas[0][0],
      numberFormat: String(ranges[i].numberFormat[0][0]),
    }));
    requests.forEach((r, i) => {
      if (r.fix.formula !== undefined) ranges[i].formulas = [[r.fix.formula]];
      else if (r.fix.value !== undefined) {
        // A number typed into a Text-formatted cell stays text: the format goes back to General.
        if (undo[i].numberFormat === "@") ranges[i].numberFormat = [["General"]];
        ranges[i].values = [[r.fix.value]];
      }
    });
    await context.sync();
    return undo;
  } catch (e) {
    throw e instanceof HostError ? e : fromOfficeError(e);
  }
}

/** Puts back what the fixes replaced, newest first, in one round trip. */
export async function undoFixes(context: Excel.RequestContext, entries: UndoEntry[]): Promise<void> {
  try {
    for (const e of [...entries].reverse()) {
      const range = context.workbook.worksheets.getItem(e.sheet).getRange(e.cell);
      range.numberFormat = [[e.numberFormat]];
      range.formulas = [[e.formula]];
    }
    await context.sync();
  } catch (e) {
    throw e instanceof HostError ? e : fromOfficeError(e);
  }
}
