// Scores the checker on a set of form workbooks written in code (test/forms, test/forms-unseen):
// every workbook written to .xlsx, read back through the CLI's reader and checked as
// `cermat periksa` does, then scored the way ../shared/tools/acceptance.js scores the public
// samples: every table exactly, every column role, every planted mistake, and no error or
// warning anywhere else.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkFile } from "../../src/cli/main";
import type { Report } from "../../src/core/report";
import type { BookJson } from "./kit";

export function scoreFormSet(
  name: string,
  write: (dir: string) => Promise<string[]>,
  size: { books: number; tables: number; findings: number },
  /**
   * Errors that are true of the sheet as written but follow a planted mistake through a typed
   * cell (a program total over a "s.d." that copied a wrong quarter sum): "file sheet!cell".
   */
  knock: readonly string[] = [],
  /**
   * Known gaps, said plainly so they are not forgotten: "file sheet!cell", "file sheet column X",
   * or "file sheet table A25:F28" (a table not found, its data range; its roles are not read).
   */
  gaps: readonly string[] = [],
): void {
  let dir: string;
  let expected: Record<string, BookJson>;
  const reports = new Map<string, Report>();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-forms-"));
    const files = await write(dir);
    expected = JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8"));
    for (const f of files) reports.set(f, await checkFile(path.join(dir, f)));
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe(name, () => {
    it("finds every table with its exact data rows and columns", () => {
      expect(Object.keys(expected)).toHaveLength(size.books);
      expect(Object.values(expected).flatMap((b) => b.tables)).toHaveLength(size.tables);
      expect(Object.values(expected).flatMap((b) => b.findings)).toHaveLength(size.findings);
      const misses: string[] = [];
      for (const [file, exp] of Object.entries(expected)) {
        const tables = reports.get(file)!.tables;
        for (const t of exp.tables) {
          const want = `${t.firstCol}${t.firstDataRow}:${t.lastCol}${t.lastDataRow}`;
          if (gaps.includes(`${file} ${t.sheet} table ${want}`)) continue;
          if (!tables.some((rt) => rt.sheet === t.sheet && rt.dataRange === want))
            misses.push(`${file} ${t.sheet} ${want}: ${tables.map((x) => x.dataRange).join(", ")}`);
        }
      }
      expect(misses).toEqual([]);
    });

    it("reads every expected column role and year", () => {
      const wrong: string[] = [];
      for (const [file, exp] of Object.entries(expected)) {
        const tables = reports.get(file)!.tables;
        for (const t of exp.tables) {
          const want = `${t.firstCol}${t.firstDataRow}:${t.lastCol}${t.lastDataRow}`;
          if (gaps.includes(`${file} ${t.sheet} table ${want}`)) continue;
          const rt = tables.find((x) => x.sheet === t.sheet && x.dataRange === want);
          for (const [col, role] of Object.entries(t.columns)) {
            const [r, y] = Array.isArray(role) ? role : [role, undefined];
            const got = rt?.columns.find((c) => c.column === col);
            if (gaps.includes(`${file} ${t.sheet} column ${col}`)) continue;
            if (!got || got.role !== r || (y !== undefined && got.year !== y))
              wrong.push(
                `${file} ${t.sheet} ${col}: want ${r} ${y ?? ""}, got ${got?.role} ${got?.year ?? ""}`,
              );
          }
        }
      }
      expect(wrong).toEqual([]);
    });

    it("finds every planted mistake at its cell", () => {
      const missed: string[] = [];
      for (const [file, exp] of Object.entries(expected)) {
        const findings = reports.get(file)!.findings;
        for (const x of exp.findings) {
          const places = x.anyOf ?? [{ sheet: x.sheet!, cell: x.cell! }];
          const hit = places.some((p) =>
            findings.some((f) => f.sheet === p.sheet && f.cell === p.cell && x.rules.includes(f.rule)),
          );
          if (!hit && !places.some((p) => gaps.includes(`${file} ${p.sheet}!${p.cell}`)))
            missed.push(`${file} ${places.map((p) => `${p.sheet}!${p.cell}`).join("|")} ${x.rules}`);
        }
      }
      expect(missed).toEqual([]);
    });

    it("lists only gaps that are still open", () => {
      // every miss of the three kinds, named as a gap would name it
      const open = new Set<string>();
      for (const [file, exp] of Object.entries(expected)) {
        const { tables, findings } = reports.get(file)!;
        for (const t of exp.tables) {
          const want = `${t.firstCol}${t.firstDataRow}:${t.lastCol}${t.lastDataRow}`;
          const rt = tables.find((x) => x.sheet === t.sheet && x.dataRange === want);
          if (!rt) open.add(`${file} ${t.sheet} table ${want}`);
          for (const [col, role] of Object.entries(t.columns)) {
            const [r, y] = Array.isArray(role) ? role : [role, undefined];
            const got = rt?.columns.find((c) => c.column === col);
            if (!got || got.role !== r || (y !== undefined && got.year !== y))
              open.add(`${file} ${t.sheet} column ${col}`);
          }
        }
        for (const x of exp.findings) {
          const places = x.anyOf ?? [{ sheet: x.sheet!, cell: x.cell! }];
          const hit = places.some((p) =>
            findings.some((f) => f.sheet === p.sheet && f.cell === p.cell && x.rules.includes(f.rule)),
          );
          if (!hit) for (const p of places) open.add(`${file} ${p.sheet}!${p.cell}`);
        }
      }
      // a gap closed since it was listed must leave the list, so that a regression shows
      expect(gaps.filter((g) => !open.has(g))).toEqual([]);
    });

    it("raises no error or warning on any cell that is not a planted mistake", () => {
      const noise: string[] = [];
      for (const [file, exp] of Object.entries(expected)) {
        const listed = exp.findings.flatMap((x) => x.anyOf ?? [{ sheet: x.sheet!, cell: x.cell! }]);
        for (const f of reports.get(file)!.findings) {
          if (f.severity === "info") continue;
          if (listed.some((p) => p.sheet === f.sheet && p.cell === f.cell)) continue;
          if (knock.includes(`${file} ${f.sheet}!${f.cell}`)) continue;
          noise.push(`${file} ${f.sheet}!${f.cell} ${f.rule} ${f.severity}: ${f.message.slice(0, 120)}`);
        }
      }
      expect(noise).toEqual([]);
    });
  });
}
