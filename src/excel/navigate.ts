// Clicking a finding selects its cell, activating its sheet: one round trip.
import { fromOfficeError } from "./errors";

export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  try {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  } catch (e) {
    throw fromOfficeError(e);
  }
}
