// Detection on the seed tables rebuilt as .xlsx (test/fixtures), read back through the same
// exceljs reader the command line uses: bounds, header ranges, every column's role and year,
// row kinds and hierarchy.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type ExcelJS from "exceljs";
import { readWorkbook } from "../../../src/cli/readWorkbook";
import { detectTables } from "../../../src/core/detect";
import type { DetectedTable } from "../../../src/core/detect";
import { colToLetters, rangeToA1 } from "../../../src/core/grid";
import { SEED_FIXTURES, variants, workbook } from "../../fixtures";
import type { ExpectedTable } from "../../fixtures";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-seeds-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function detect(wb: ExcelJS.Workbook, name: string): Promise<DetectedTable[]> {
  const file = path.join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  const { sheets } = await readWorkbook(file);
  return sheets.flatMap((g) => detectTables(g));
}

function compare(found: DetectedTable[], expected: ExpectedTable[]): void {
  for (const want of expected) {
    const t = found.find((f) => f.sheet === want.sheet && rangeToA1(f.dataRange) === want.dataRange);
    expect({
      sheet: want.sheet,
      dataRange: t
        ? rangeToA1(t.dataRange)
        : found.filter((f) => f.sheet === want.sheet).map((f) => rangeToA1(f.dataRange)),
    }).toEqual({
      sheet: want.sheet,
      dataRange: want.dataRange,
    });
    if (!t) continue;
    expect({
      sheet: want.sheet,
      headerRange: rangeToA1(t.headerRange),
      numberRow: t.numberRow,
      kind: t.kind,
    }).toEqual({
      sheet: want.sheet,
      headerRange: want.headerRange,
      numberRow: want.numberRow,
      kind: want.kind,
    });
    const got = Object.fromEntries(
      t.columns.map((c) => [colToLetters(c.col), `${c.role}${c.year ? ` ${c.year}` : ""}`]),
    );
    const exp = Object.fromEntries(
      Object.entries(want.columns).map(([k, c]) => [k, `${c.role}${c.year ? ` ${c.year}` : ""}`]),
    );
    expect({ sheet: want.sheet, columns: got }).toEqual({ sheet: want.sheet, columns: exp });
    if (want.rows) {
      const kinds = Object.fromEntries(t.rows.filter((r) => r.row in want.rows!).map((r) => [r.row, r.kind]));
      expect({ sheet: want.sheet, rows: kinds }).toEqual({ sheet: want.sheet, rows: want.rows });
    }
    if (want.repeatedHeaderRows) expect(t.repeatedHeaderRows).toEqual(want.repeatedHeaderRows);
  }
}

describe("detection on the seed tables", () => {
  it.each(SEED_FIXTURES.map((f) => [f.id, f] as const))("%s", async (id, f) => {
    const found = await detect(workbook([f]), id);
    compare(found, f.expected);
    expect(found).toHaveLength(f.expected.length);
  });
});

describe("layout variants", () => {
  it.each(variants().map((v) => [v.id, v] as const))("%s", async (id, v) => {
    const found = await detect(v.workbook, id);
    compare(found, v.expected);
    expect(found).toHaveLength(v.expected.length);
  });
});
