// The sample workbook `npm run demo` checks (contoh/contoh-renstra.xlsx) is the seed tables of
// test/fixtures in one workbook. Regenerate it with `UPDATE_DEMO=1 npx jest test/project/demo`.
import * as fs from "fs";
import * as path from "path";
import { readWorkbook } from "../../src/cli/readWorkbook";
import { checkFile } from "../../src/cli/main";
import { SEED_FIXTURES, workbook } from "../fixtures";

const file = path.join(__dirname, "..", "..", "contoh", "contoh-renstra.xlsx");
const fresh = path.join(__dirname, "..", "..", "contoh", ".contoh-baru.xlsx");

beforeAll(async () => {
  await workbook(SEED_FIXTURES).xlsx.writeFile(process.env.UPDATE_DEMO ? file : fresh);
});
afterAll(() => fs.rmSync(fresh, { force: true }));

describe("contoh/contoh-renstra.xlsx", () => {
  it("holds exactly the seed fixtures", async () => {
    if (process.env.UPDATE_DEMO) return;
    const a = await readWorkbook(file);
    const b = await readWorkbook(fresh);
    expect(a.sheets.map((s) => s.name)).toEqual(b.sheets.map((s) => s.name));
    a.sheets.forEach((s, i) => {
      const t = b.sheets[i];
      expect([s.rowCount, s.colCount]).toEqual([t.rowCount, t.colCount]);
      for (let r = 1; r <= s.rowCount; r++)
        for (let c = 1; c <= s.colCount; c++) expect(s.cell(r, c)).toEqual(t.cell(r, c));
      expect(s.merges).toEqual(t.merges);
    });
  });

  it("shows the demo's tables and the seeds' real mistakes", async () => {
    const rep = await checkFile(file);
    expect(rep.tables.length).toBeGreaterThanOrEqual(SEED_FIXTURES.length);
    const at = (sheet: string, cell: string) =>
      rep.findings.filter((f) => f.sheet === sheet && f.cell === cell).map((f) => f.rule);
    expect(at("T 2.3.2", "B9")).toContain("sum-mismatch");
    // average growth rates under "Rata-rata Pertumbuhan > Anggaran" are not amounts to add up
    expect(at("T 2.3.2", "Q9")).not.toContain("sum-mismatch");
    expect(at("T 2.3.2", "Q13")).not.toContain("sum-mismatch");
  });
});
