// A RuleTester in the manner of ESLint's: a rule is run over "valid" grids that must give no
// finding and "invalid" grids that must give exactly the listed cells. Grids go through the
// real detector first, so a rule is always tested on tables as the product finds them. A finding
// names its message by id and data, and its fix, as ESLint's tester asserts them.
import { detectTables } from "../../../src/core/detect";
import { CellValue, Grid, gridFromRows, parseA1, parseRange, toA1 } from "../../../src/core/grid";
import type { Finding } from "../../../src/core/report";
import { runRules } from "../../../src/core/rules";
import type { Fix, Rule, RuleFinding, Settings } from "../../../src/core/rules";
import type { MessageData } from "../../../src/core/rules/messages";
import { formatMessage } from "../../../src/core/rules/messages";

export type SheetSpec = {
  name?: string;
  rows: CellValue[][];
  merges?: string[];
  /** Formula text by cell ("D7": "B7/C7*100"); the value in `rows` is the cached result. */
  formulas?: Record<string, string>;
  numFmts?: Record<string, string>;
};

export type ExpectedFinding = {
  cell: string;
  sheet?: string;
  expected?: number | string;
  actual?: number | string;
  message?: RegExp;
  /** The id of the rule's declared message this finding uses. */
  messageId?: string;
  /** Some of the data that fills it (each key given must match). */
  data?: Partial<MessageData>;
  /** The fix it carries, exactly. */
  fix?: Fix;
};

export type TesterCases = {
  valid: ValidCase[];
  invalid: InvalidCase[];
  /**
   * The rule's own test: every expected finding names its messageId (for a rule that declares
   * messages). Tests that run several rules over one sheet leave it off.
   */
  requireMessageId?: boolean;
};

export type ValidCase = { name: string; sheets: SheetSpec[]; settings?: Partial<Settings> };
export type InvalidCase = ValidCase & { findings: ExpectedFinding[] };

export function sheet(spec: SheetSpec, index = 0): Grid {
  const g = gridFromRows(spec.name ?? `Sheet${index + 1}`, spec.rows);
  for (const m of spec.merges ?? []) g.addMerge(parseRange(m)!);
  for (const [a1, f] of Object.entries(spec.formulas ?? {})) {
    const { row, col } = parseA1(a1)!;
    g.set(row, col, { ...(g.cell(row, col) ?? { value: null }), formula: f });
  }
  for (const [a1, fmt] of Object.entries(spec.numFmts ?? {})) {
    const { row, col } = parseA1(a1)!;
    g.set(row, col, { ...(g.cell(row, col) ?? { value: null }), numFmt: fmt });
  }
  return g;
}

/**
 * The rule as the runner sees it, keeping what it reported by sheet!cell: the data of a message is
 * not in the contract's findings. A message that does not resolve is recorded, not left to the
 * runner (which would turn it into one info that a test of valid grids ignores).
 */
function recording(rule: Rule): { rule: Rule; raw: Map<string, RuleFinding>; broken: string[] } {
  const raw = new Map<string, RuleFinding>();
  const broken: string[] = [];
  const check: Rule["check"] = (table, ctx) => {
    const out = rule.check(table, ctx);
    for (const f of out) {
      const key = `${table.sheet}!${toA1(f.row, f.col)}`;
      if (!raw.has(key)) raw.set(key, f);
      // a rule says what its fixes may set
      for (const k of Object.keys(f.fix ?? {}) as Array<keyof Fix>)
        if (rule.fixable !== k && rule.fixable !== "value-or-formula")
          broken.push(`${key}: a ${k} fix, but ${rule.id} declares fixable ${rule.fixable ?? "(none)"}`);
      try {
        formatMessage(rule.messages, f.messageId, f.data, `Rule ${rule.id}`);
      } catch (e) {
        broken.push(`${key}: ${(e as Error).message}`);
      }
    }
    return out;
  };
  return { rule: { ...rule, check }, raw, broken };
}

export function findingsOf(
  rule: Rule,
  sheets: SheetSpec[],
  settings?: Partial<Settings>,
  lang: "id" | "en" = "id",
): Finding[] {
  const tables = sheets.map(sheet).flatMap((grid) => detectTables(grid).map((table) => ({ table, grid })));
  if (tables.length === 0) throw new Error("the test grid has no table the detector finds");
  return runRules(tables, { rules: [rule], settings, lang });
}

/** What all the rules find on one sheet, above info, as [rule, cell] (the lessons tests' view). */
export function foundOn(spec: SheetSpec): Array<[string, string]> {
  const g = sheet(spec);
  return runRules(detectTables(g).map((table) => ({ table, grid: g })))
    .filter((f) => f.severity !== "info")
    .map((f) => [f.rule, f.cell]);
}

export function ruleTester(rule: Rule, cases: TesterCases): void {
  describe(rule.id, () => {
    it("has metadata in both languages", () => {
      expect(rule.id).toMatch(/^[a-z0-9-]+$/);
      expect(["error", "warning", "info"]).toContain(rule.severity);
      expect(rule.description.id.length).toBeGreaterThan(10);
      expect(rule.description.en.length).toBeGreaterThan(10);
    });

    describe("valid", () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))("%s", (_n, c) => {
        const run = recording(rule);
        const bad = findingsOf(run.rule, c.sheets, c.settings).filter((f) => f.severity !== "info");
        expect(run.broken).toEqual([]);
        expect(bad).toEqual([]);
      });
    });

    describe("invalid", () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))("%s", (_n, c) => {
        const run = recording(rule);
        const found = findingsOf(run.rule, c.sheets, c.settings);
        expect(run.broken).toEqual([]);
        const where = (f: { sheet?: string; cell: string }): string => `${f.sheet ?? ""}!${f.cell}`;
        const defaultSheet = (c.sheets[0].name ?? "Sheet1") as string;
        expect(found.map((f) => where(f)).sort()).toEqual(
          c.findings.map((f) => where({ ...f, sheet: f.sheet ?? defaultSheet })).sort(),
        );
        for (const want of c.findings) {
          const got = found.find((f) => f.cell === want.cell && f.sheet === (want.sheet ?? defaultSheet))!;
          expect(got.rule).toBe(rule.id);
          expect(got.message.length).toBeGreaterThan(10);
          if (typeof want.expected === "number") expect(got.expected as number).toBeCloseTo(want.expected, 2);
          else if (want.expected !== undefined) expect(got.expected).toBe(want.expected);
          if (typeof want.actual === "number") expect(got.actual as number).toBeCloseTo(want.actual, 2);
          else if (want.actual !== undefined) expect(got.actual).toBe(want.actual);
          if (want.message) expect(got.message).toMatch(want.message);
          if (cases.requireMessageId && want.messageId === undefined)
            throw new Error(`${rule.id}: the expected finding at ${want.cell} names no messageId`);
          if (want.messageId !== undefined) expect(got.messageId).toBe(want.messageId);
          if (want.data) {
            const data = run.raw.get(`${got.sheet}!${got.cell}`)?.data ?? {};
            expect(data).toMatchObject(want.data);
          }
          if (want.fix) expect(got.fix).toEqual(want.fix);
        }
        // the English message exists and differs
        const en = findingsOf(rule, c.sheets, c.settings, "en");
        expect(en.map((f) => f.message)).not.toEqual(found.map((f) => f.message));
      });
    });
  });
}

/** An IKU matrix "No | Indikator Kinerja Utama | Satuan | Target 2025 .. Target 2029" with these rows. */
export function tabelTarget(name: string, rows: CellValue[][]): SheetSpec {
  const years = [2025, 2026, 2027, 2028, 2029].map((y) => `Target ${y}`);
  return { name, rows: [["No", "Indikator Kinerja Utama", "Satuan", ...years], ...rows] };
}
