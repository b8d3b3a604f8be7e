// Tandai / Hapus tanda. A mark is a conditional format that Cermat IKU owns (its rule formula
// carries a marker), never a change to the cell's own fill, so the user's formats are untouched
// and a saved workbook keeps no mark as if it were the user's formatting. The message goes in a
// note where the cell has none (notes: ExcelApi 1.18); a user's note is never overwritten.
// Leftover marks from an earlier session are found again by their marker and removed.
// Round trips for any number of sheets: two reads (our old marks, notes) and one write.
import type { Finding } from "../core/report";
import type { Capabilities } from "./capabilities";
import { HostError, fromOfficeError, protectedSheets, unsupported } from "./errors";

/** The rule formula of our conditional formats: always true, and recognisable. */
export const MARK_FORMULA = '=N("cermat-iku")=0';
export const NOTE_PREFIX = "Cermat IKU: ";
export const MARK_COLOR: Record<Finding["severity"], string> = {
  error: "#F4B6B6",
  warning: "#FFD98A",
  info: "#CFE2F3",
};

const isOurs = (formula: string): boolean =>
  formula.replace(/\s/g, "").toLowerCase() === MARK_FORMULA.toLowerCase();

type SheetState = {
  ws: Excel.Worksheet;
  cfs: Excel.ConditionalFormatCollection;
  notes?: Excel.NoteCollection;
};

/** Loads our existing marks and the notes of the sheets; returns them ready to delete or check. */
async function loadState(context: Excel.RequestContext, sheetNames: string[], caps: Capabilities) {
  const states: SheetState[] = sheetNames.map((name) => {
    const ws = context.workbook.worksheets.getItem(name);
    ws.protection.load("protected");
    const cfs = ws.getRange().conditionalFormats;
    cfs.load("items/type");
    const notes = caps.notes ? ws.notes : undefined;
    notes?.load("items/content");
    return { ws, cfs, notes };
  });
  await context.sync();
  const locked = sheetNames.filter((_, i) => states[i].ws.protection.protected);
  if (locked.length) throw protectedSheets(locked);
  // Second read: the rule of each custom format, and where each note sits.
  const custom = states.map((s) => s.cfs.items.filter((cf) => cf.type === "Custom"));
  custom.flat().forEach((cf) => cf.custom.rule.load("formula"));
  const noteCells = states.map((s) =>
    (s.notes?.items ?? []).map((n) => {
      const loc = n.getLocation();
      loc.load("address");
      return { note: n, loc };
    }),
  );
  await context.sync();
  return states.map((s, i) => ({
    ...s,
    ours: custom[i].filter((cf) => isOurs(cf.custom.rule.formula)),
    ourNotes: noteCells[i].filter((n) => n.note.content.startsWith(NOTE_PREFIX)).map((n) => n.note),
    // cells with a note of the user's own: never overwritten
    userNoteAt: new Set(
      noteCells[i]
        .filter((n) => !n.note.content.startsWith(NOTE_PREFIX))
        .map((n) => n.loc.address.split("!").pop()!.replace(/\$/g, "").toUpperCase()),
    ),
  }));
}

export type MarkResult = { marked: number; notes: number; removed: number };

/** Marks every finding's cell (after removing our earlier marks on those sheets). */
export async function tandai(
  context: Excel.RequestContext,
  findings: Finding[],
  caps: Capabilities,
): Promise<MarkResult> {
  if (!caps.conditionalFormats)
    throw unsupported({ id: "Menandai sel", en: "Marking cells" }, "ExcelApi 1.6");
  try {
    const sheetNames = [...new Set(findings.map((f) => f.sheet))];
    const states = await loadState(context, sheetNames, caps);
    let removed = 0;
    let notes = 0;
    for (const s of states) {
      s.ours.forEach((cf) => cf.delete());
      s.ourNotes.forEach((n) => n.delete());
      removed += s.ours.length;
    }
    // The worst finding of a cell decides its colour; its messages go in one note.
    const byCell = new Map<string, Finding[]>();
    for (const f of findings)
      byCell.set(`${f.sheet}!${f.cell}`, [...(byCell.get(`${f.sheet}!${f.cell}`) ?? []), f]);
    const rank = { error: 0, warning: 1, info: 2 };
    for (const list of byCell.values()) {
      const { sheet, cell } = list[0];
      const s = states[sheetNames.indexOf(sheet)];
      const worst = list.reduce((a, b) => (rank[b.severity] < rank[a.severity] ? b : a));
      const cf = s.ws.getRange(cell).conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = MARK_FORMULA;
      cf.custom.format.fill.color = MARK_COLOR[worst.severity];
      // Our old note on this cell was deleted above in the same batch; a user's note stays.
      if (s.notes && !s.userNoteAt.has(cell.toUpperCase())) {
        s.notes.add(s.ws.getRange(cell), NOTE_PREFIX + list.map((f) => f.message).join("\n"));
        notes++;
      }
    }
    await context.sync();
    return { marked: byCell.size, notes, removed };
  } catch (e) {
    throw e instanceof HostError ? e : fromOfficeError(e);
  }
}

/** Removes every mark and note of ours on the given sheets (all sheets when none are named). */
export async function hapusTanda(
  context: Excel.RequestContext,
  caps: Capabilities,
  sheets?: string[],
): Promise<MarkResult> {
  if (!caps.conditionalFormats) return { marked: 0, notes: 0, removed: 0 };
  try {
    let names = sheets;
    if (!names) {
      const all = context.workbook.worksheets;
      all.load("items/name");
      await context.sync();
      names = all.items.map((w) => w.name);
    }
    const states = await loadState(context, names, caps);
    let removed = 0;
    let notes = 0;
    for (const s of states) {
      s.ours.forEach((cf) => cf.delete());
      s.ourNotes.forEach((n) => n.delete());
      removed += s.ours.length;
      notes += s.ourNotes.length;
    }
    await context.sync();
    return { marked: 0, notes, removed };
  } catch (e) {
    throw e instanceof HostError ? e : fromOfficeError(e);
  }
}
