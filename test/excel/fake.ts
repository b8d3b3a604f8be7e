// Typed access to the shared fake Excel host (test/fakes/fakeOffice.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fake = require("../fakes/fakeOffice.js");

export type CellSpec =
  string | number | boolean | { value?: unknown; formula?: string; numberFormat?: string; fill?: string };
export type SheetSpec = {
  name: string;
  cells: Record<string, CellSpec>;
  merges?: string[];
  protected?: boolean;
  notes?: Array<{ address: string; content: string }>;
};
export type FakeWorkbook = {
  syncs: number;
  editMode: boolean;
  active: number;
  selection: { sheet: string; address: string } | null;
  sheets: Array<{
    name: string;
    protected: boolean;
    cfs: Array<{ formula: string; fill: string }>;
    notes: Array<{ content: string }>;
  }>;
  supported: Record<string, string>;
};

export function fakeExcel(spec: {
  sheets: SheetSpec[];
  supported?: Record<string, string>;
  maxCellsPerRequest?: number;
}): FakeWorkbook {
  const wb = fake.createWorkbook(spec);
  fake.install(globalThis, wb);
  return wb;
}

export const snapshot = (wb: FakeWorkbook): string => fake.snapshot(wb);

/** Runs `f` in a fresh request context and returns how many round trips it took. */
export async function roundTrips<T>(
  wb: FakeWorkbook,
  f: (ctx: Excel.RequestContext) => Promise<T>,
): Promise<{ result: T; syncs: number }> {
  const before = wb.syncs;
  const result = await Excel.run(f);
  return { result, syncs: wb.syncs - before };
}

/** Rows of values as A1-keyed cells, from a top-left corner. */
export function cellsFromRows(rows: unknown[][], top = 1, left = 1): Record<string, CellSpec> {
  const out: Record<string, CellSpec> = {};
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null || v === undefined) return;
      let n = left + j;
      let col = "";
      for (; n > 0; n = Math.floor((n - 1) / 26)) col = String.fromCharCode(65 + ((n - 1) % 26)) + col;
      out[`${col}${top + i}`] = v as CellSpec;
    }),
  );
  return out;
}
