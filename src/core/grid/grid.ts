// A sheet as the engine sees it, filled the same way by every host (exceljs in the CLI,
// Office.js in the task pane): values, formula text, number formats, merged areas, and bold or
// fill where the host knows them. Stored as dense rows so a 1-million-cell sheet stays a
// handful of arrays.
import { RangeRef, contains, toA1 } from "./address";

export type ErrorValue = { error: string }; // "#REF!", "#DIV/0!", ...
export type CellValue = number | string | boolean | Date | ErrorValue | null; // null: blank

export type Cell = {
  value: CellValue;
  /** Formula text without the leading "=", as the host stores it (shared formulas expanded). */
  formula?: string;
  numFmt?: string;
  bold?: boolean;
  filled?: boolean;
};

export type GridInit = { name: string; hidden?: boolean };

export class Grid {
  readonly name: string;
  readonly hidden: boolean;
  private rowsData: Array<Array<Cell | undefined> | undefined> = [];
  private mergeList: RangeRef[] = [];
  private mergeIndex = new Map<number, RangeRef>();
  /** How many cells hold a formula: rules about formulas skip sheets without any. */
  formulaCount = 0;
  /** Last used row and column (1-based); 0 for an empty sheet. */
  rowCount = 0;
  colCount = 0;

  constructor(init: GridInit) {
    this.name = init.name;
    this.hidden = init.hidden ?? false;
  }

  set(row: number, col: number, cell: Cell): void {
    let r = this.rowsData[row];
    if (!r) r = this.rowsData[row] = [];
    if (cell.formula && !r[col]?.formula) this.formulaCount++;
    else if (!cell.formula && r[col]?.formula) this.formulaCount--;
    r[col] = cell;
    if (row > this.rowCount) this.rowCount = row;
    if (col > this.colCount) this.colCount = col;
  }

  cell(row: number, col: number): Cell | undefined {
    return this.rowsData[row]?.[col];
  }

  value(row: number, col: number): CellValue {
    return this.rowsData[row]?.[col]?.value ?? null;
  }

  /** The value of a merged area lives in its top-left cell; this reads it from any cell of the area. */
  displayValue(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    return m ? this.value(m.r1, m.c1) : this.value(row, col);
  }

  formula(row: number, col: number): string | undefined {
    return this.rowsData[row]?.[col]?.formula;
  }

  addMerge(r: RangeRef): void {
    this.mergeList.push(r);
    for (let row = r.r1; row <= r.r2; row++) {
      for (let col = r.c1; col <= r.c2; col++) this.mergeIndex.set(this.key(row, col), r);
    }
    if (r.r2 > this.rowCount) this.rowCount = r.r2;
    if (r.c2 > this.colCount) this.colCount = r.c2;
  }

  get merges(): readonly RangeRef[] {
    return this.mergeList;
  }

  mergeAt(row: number, col: number): RangeRef | undefined {
    if (this.mergeList.length === 0) return undefined;
    const m = this.mergeIndex.get(this.key(row, col));
    return m && contains(m, row, col) ? m : undefined;
  }

  isBlank(row: number, col: number): boolean {
    const v = this.value(row, col);
    return v === null || (typeof v === "string" && v.trim() === "");
  }

  rowIsBlank(row: number, c1 = 1, c2 = this.colCount): boolean {
    const r = this.rowsData[row];
    if (!r) return true;
    for (let c = c1; c <= c2; c++) {
      const v = r[c]?.value;
      if (v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "")) return false;
    }
    return true;
  }

  /** Used rows in order (skips rows never written), for linear passes over sparse sheets. */
  *usedRows(): Generator<number> {
    for (let r = 1; r <= this.rowCount; r++) if (this.rowsData[r]) yield r;
  }

  address(row: number, col: number): string {
    return toA1(row, col);
  }

  private key(row: number, col: number): number {
    return row * 16385 + col; // Excel has 16 384 columns
  }
}

/** Builds a grid from rows of plain values, for tests and small hosts: grid("S", [[1, "a"], ...]). */
export function gridFromRows(name: string, rows: CellValue[][], origin = { row: 1, col: 1 }): Grid {
  const g = new Grid({ name });
  rows.forEach((cells, i) =>
    cells.forEach((v, j) => {
      if (v !== null && v !== undefined) g.set(origin.row + i, origin.col + j, { value: v });
    }),
  );
  return g;
}

/** A cell value as text: "" for blank, the code for an error, the ISO date for a date. */
export function textOf(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  if (typeof v === "object") return v.error;
  return String(v);
}
