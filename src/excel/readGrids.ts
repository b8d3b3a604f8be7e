// Reads sheets into grids, the same grids the command line builds with exceljs, so the engine
// gives the same findings. Round trips: one to list the sheets and their used ranges, then one
// per sheet (values, formulas and number formats of the used range, and its merged areas).
// Excel on the web caps a request and a response at 5 MB and every platform caps a read at
// 5 million cells, so a large sheet is read in row blocks, one round trip each.
import { CellValue, Grid, colToLetters, parseRange } from "../core/grid";
import type { Pesan } from "../core/indicators";
import type { Capabilities } from "./capabilities";
import { HostError, cancelled, fromOfficeError } from "./errors";

export type ReadOptions = {
  scope: "workbook" | "active";
  capabilities: Capabilities;
  /** Cells per request: three arrays per cell must stay under 5 MB. */
  blockCells?: number;
  /** A sheet larger than this is not read (Excel's own limit for one read is 5 million cells). */
  maxSheetCells?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
};

export type ReadResult = { grids: Grid[]; skipped: Array<{ sheet: string; pesan: Pesan }> };

export const BLOCK_CELLS = 50_000;
export const MAX_SHEET_CELLS = 5_000_000;

const ERROR_VALUE =
  /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/;

function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  const s = String(v);
  return ERROR_VALUE.test(s) ? { error: s } : s;
}

/** Copies one block of Office.js arrays into the grid; (row0, col0) is the block's top-left, 1-based. */
export function fillGrid(
  grid: Grid,
  row0: number,
  col0: number,
  values: unknown[][],
  formulas: unknown[][],
  numberFormat: unknown[][],
): void {
  for (let i = 0; i < values.length; i++) {
    const vr = values[i];
    const fr = formulas[i] ?? [];
    const nr = numberFormat[i] ?? [];
    for (let j = 0; j < vr.length; j++) {
      const f = fr[j];
      const formula = typeof f === "string" && f.startsWith("=") ? f.slice(1) : undefined;
      const value = toCellValue(vr[j]);
      const nf = typeof nr[j] === "string" && nr[j] !== "General" ? (nr[j] as string) : undefined;
      if (value === null && !formula) continue;
      grid.set(row0 + i, col0 + j, { value, ...(formula ? { formula } : {}), ...(nf ? { numFmt: nf } : {}) });
    }
  }
}

/** "'Tabel 2.3.1'!A4:A6,'Tabel 2.3.1'!B4:B6" -> ranges. */
export function parseAreas(address: string): ReturnType<typeof parseRange>[] {
  const out = [];
  for (const m of address.matchAll(/!?\$?([A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?=,|$)/g)) {
    const r = parseRange(m[1].replace(/\$/g, ""));
    if (r) out.push(r);
  }
  return out;
}

export async function readGrids(context: Excel.RequestContext, opts: ReadOptions): Promise<ReadResult> {
  const blockCells = opts.blockCells ?? BLOCK_CELLS;
  const maxCells = opts.maxSheetCells ?? MAX_SHEET_CELLS;
  const check = (): void => {
    if (opts.signal?.aborted) throw cancelled();
  };
  try {
    // Round trip 1 (and 2 for the whole workbook): the sheets and their used ranges.
    let sheets: Excel.Worksheet[];
    if (opts.scope === "active") {
      sheets = [context.workbook.worksheets.getActiveWorksheet()];
      sheets[0].load("name,visibility");
    } else {
      const all = context.workbook.worksheets;
      all.load("items/name,items/visibility");
      await context.sync();
      sheets = all.items;
    }
    const used = sheets.map((ws) => {
      const u = ws.getUsedRangeOrNullObject(true);
      u.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
      return u;
    });
    await context.sync();
    check();

    const total = used.reduce((n, u) => n + (u.isNullObject ? 0 : u.rowCount * u.columnCount), 0);
    let done = 0;
    const grids: Grid[] = [];
    const skipped: ReadResult["skipped"] = [];
    for (let k = 0; k < sheets.length; k++) {
      const ws = sheets[k];
      const u = used[k];
      const grid = new Grid({ name: ws.name, hidden: ws.visibility !== "Visible" });
      if (u.isNullObject) {
        grids.push(grid);
        continue;
      }
      const cells = u.rowCount * u.columnCount;
      if (cells > maxCells) {
        skipped.push({
          sheet: ws.name,
          pesan: {
            id: `Lembar "${ws.name}" terlalu besar untuk diperiksa (${u.rowCount.toLocaleString("id-ID")} baris x ${u.columnCount} kolom). Hapus baris dan kolom kosong di ujung lembar, atau salin tabelnya ke lembar baru.`,
            en: `Sheet "${ws.name}" is too large to check (${u.rowCount.toLocaleString("en-US")} rows x ${u.columnCount} columns). Delete empty rows and columns at its end, or copy the tables to a new sheet.`,
          },
        });
        done += cells;
        continue;
      }
      const rowsPerBlock = Math.max(1, Math.floor(blockCells / u.columnCount));
      for (let r = 0; r < u.rowCount; r += rowsPerBlock) {
        const n = Math.min(rowsPerBlock, u.rowCount - r);
        // An A1 address rather than getRangeByIndexes, which needs ExcelApi 1.7.
        const top = u.rowIndex + r + 1;
        const left = u.columnIndex + 1;
        const block = ws.getRange(
          `${colToLetters(left)}${top}:${colToLetters(left + u.columnCount - 1)}${top + n - 1}`,
        );
        block.load("values,formulas,numberFormat");
        const merges = r === 0 && opts.capabilities.mergedAreas ? u.getMergedAreasOrNullObject() : undefined;
        merges?.load("isNullObject,address");
        await context.sync();
        check();
        fillGrid(
          grid,
          u.rowIndex + r + 1,
          u.columnIndex + 1,
          block.values,
          block.formulas,
          block.numberFormat,
        );
        if (merges && !merges.isNullObject)
          for (const m of parseAreas(merges.address)) if (m) grid.addMerge(m);
        done += n * u.columnCount;
        opts.onProgress?.(done, total);
      }
      grids.push(grid);
    }
    return { grids, skipped };
  } catch (e) {
    throw e instanceof HostError ? e : fromOfficeError(e);
  }
}
