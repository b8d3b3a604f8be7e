// A set of form workbooks must not lie (test/forms README). Read back from .xlsx bytes: every
// formula's cached result is what its formula gives (except the stale results planted on purpose),
// every planted mistake is wrong by the form's own arithmetic and every clean cell is right by it
// (traps also fail the naive identity), and the expected tables, columns and cells point at what
// the sheets really hold. One suite for every set (test/forms*): the sets differ only in the
// options below. This does not score the checker: ./score.ts and `npm run score:forms*` do.
import ExcelJS from "exceljs";
import { expectedJson } from "./expected";
import { RULE_IDS, evaluate, plain, type BookW, type Claim, type Getter, type Value } from "./kit";
import { colNumber, parseA1 } from "../fixtures/util";

export type Loaded = { book: BookW; wb: ExcelJS.Workbook };

export type SoundnessOptions = {
  /** At least this many workbooks. */
  minBooks?: number;
  /** Every form in exactly this many variants. */
  variantsPerForm?: number;
  /** At least this many workbooks with traps (clean cells where the naive identity fails). */
  minTraps?: number;
  /** Earlier sets whose file names this set must not repeat. */
  earlier?: () => BookW[];
  /** A clean claim whose truth is "" asks for a blank cell. */
  blankTruth?: boolean;
  /** No clean cell listed twice. */
  uniqueClean?: boolean;
  /** Checks of the set's own, run in the same describe block. */
  extra?: (loaded: () => Loaded[]) => void;
};

export const getter =
  (wb: ExcelJS.Workbook): Getter =>
  (sheet, row, col) => {
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    return plain(ws.getCell(row, col));
  };

export const nonBlank = (v: Value): boolean => v !== null && String(v).trim() !== "";

const isNum = (v: Value): v is number => typeof v === "number" && Number.isFinite(v);

/** Equal as the form means it: numbers within a tolerance, text ignoring case and spaces. */
function same(a: Value, b: Value, tol: number): boolean {
  if (isNum(a) && isNum(b)) return Math.abs(a - b) <= tol;
  const t = (v: Value) =>
    String(v ?? "")
      .trim()
      .toLowerCase();
  return t(a) === t(b);
}

/** Clearly different: for numbers ten times more than the printed precision could explain. */
function differs(a: Value, b: Value, tol = 0.006): boolean {
  if (isNum(a) && isNum(b)) return Math.abs(a - b) > 10 * tol;
  return !same(a, b, 0);
}

function claimProblem(wb: ExcelJS.Workbook, c: Claim, blankTruth: boolean): string | null {
  const get = getter(wb);
  const { row, col } = parseA1(c.cell);
  const actual = c.actual ? evaluate(c.actual, c.sheet, get) : get(c.sheet, row, col);
  const truth = evaluate(c.truth, c.sheet, get);
  const where = `${c.sheet}!${c.cell}`;
  if (blankTruth && truth === "" && !c.planted)
    return actual === null || actual === "" ? null : `${where}: should be blank`;
  if (actual === null || truth === null) return `${where}: empty (${actual} vs ${truth})`;
  if (c.planted)
    return differs(actual, truth, c.tol)
      ? null
      : `${where}: planted but right (${actual} = ${c.truth} = ${truth})`;
  if (!same(actual, truth, c.tol ?? 0.006)) return `${where}: clean but ${actual} != ${c.truth} = ${truth}`;
  if (c.trap) {
    const naive = evaluate(c.trap, c.sheet, get);
    if (!differs(actual, naive, c.tol))
      return `${where}: trap ${c.trap} = ${naive} also holds, so it is no trap`;
  }
  return null;
}

export function soundnessSuite(name: string, build: () => BookW[], o: SoundnessOptions = {}): void {
  let loaded: Loaded[] = [];

  beforeAll(async () => {
    loaded = await Promise.all(
      build().map(async (book) => {
        const buf = await book.wb.xlsx.writeBuffer();
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(buf as ArrayBuffer);
        return { book, wb };
      }),
    );
  });

  describe(name, () => {
    it("has its workbooks, 1-3 planted mistakes each, with file names of their own", () => {
      const books = loaded.map((l) => l.book);
      if (o.minBooks !== undefined) expect(books.length).toBeGreaterThanOrEqual(o.minBooks);
      expect(new Set(books.map((b) => b.file)).size).toBe(books.length);
      if (o.variantsPerForm !== undefined) {
        const perForm = new Map<string, number>();
        for (const b of books) perForm.set(b.form, (perForm.get(b.form) ?? 0) + 1);
        for (const [form, n] of perForm) expect([form, n]).toEqual([form, o.variantsPerForm]);
      }
      for (const b of books) {
        const n = b.findings.length + b.stretch.length;
        expect([b.file, n >= 1 && n <= 3]).toEqual([b.file, true]);
      }
      if (o.earlier) {
        const first = new Set(o.earlier().map((b) => b.file));
        for (const b of books) expect([b.file, first.has(b.file)]).toEqual([b.file, false]);
      }
    });

    it("caches every formula's true result, except the stale results planted on purpose", () => {
      const problems: string[] = [];
      for (const { book, wb } of loaded) {
        const get = getter(wb);
        for (const f of book.formulas) {
          const cell = wb.getWorksheet(f.sheet)!.getCell(f.row, f.col);
          const v = cell.value as ExcelJS.CellFormulaValue;
          if (!v || typeof v !== "object" || !("formula" in v)) {
            problems.push(`${book.file} ${f.sheet}!${cell.address}: formula lost`);
            continue;
          }
          const cached = plain(cell);
          const fresh = evaluate(v.formula, f.sheet, get);
          const ok = f.stale === undefined ? same(cached, fresh, 1e-6) : differs(cached, fresh);
          if (!ok)
            problems.push(
              `${book.file} ${f.sheet}!${cell.address}: ${v.formula} cached ${cached}, gives ${fresh}`,
            );
        }
      }
      expect(problems).toEqual([]);
    });

    it("plants mistakes that are wrong by the arithmetic, and lists clean cells that are right by it", () => {
      const problems: string[] = [];
      for (const { book, wb } of loaded)
        for (const c of book.claims) {
          const p = claimProblem(wb, c, o.blankTruth ?? false);
          if (p) problems.push(`${book.file} ${p}`);
        }
      expect(problems).toEqual([]);
      const planted = loaded.flatMap((l) => l.book.claims.filter((c) => c.planted));
      expect(planted.length).toBe(
        loaded.reduce((n, l) => n + l.book.findings.length + l.book.stretch.length, 0),
      );
      if (o.minTraps !== undefined) {
        const traps = loaded.filter((l) => l.book.claims.some((c) => !c.planted && c.trap));
        expect(traps.length).toBeGreaterThanOrEqual(o.minTraps);
      }
    });

    it("names known rule ids, and cells inside the expected tables", () => {
      const problems: string[] = [];
      const exp = expectedJson(loaded.map((l) => l.book));
      for (const [file, e] of Object.entries(exp)) {
        const inside = (sheet: string, cell: string) => {
          const { row, col } = parseA1(cell);
          return e.tables.some(
            (t) =>
              t.sheet === sheet &&
              row >= t.header[0] &&
              row <= t.lastDataRow &&
              col >= colNumber(t.firstCol) &&
              col <= colNumber(t.lastCol),
          );
        };
        for (const x of [...e.findings, ...(e.stretch ?? []), ...e.clean]) {
          for (const r of x.rules) if (!RULE_IDS.includes(r)) problems.push(`${file}: unknown rule ${r}`);
          const cells = "anyOf" in x && x.anyOf ? x.anyOf : [{ sheet: x.sheet!, cell: x.cell! }];
          for (const c of cells)
            if (!inside(c.sheet, c.cell)) problems.push(`${file}: ${c.sheet}!${c.cell} outside`);
        }
        const keys = e.clean.flatMap((c) => c.rules.map((r) => `${c.sheet}!${c.cell} ${r}`));
        const planted = e.findings.flatMap((f) =>
          (f.anyOf ?? [{ sheet: f.sheet!, cell: f.cell! }]).flatMap((c) =>
            f.rules.map((r) => `${c.sheet}!${c.cell} ${r}`),
          ),
        );
        for (const k of planted)
          if (keys.includes(k)) problems.push(`${file}: ${k} is both planted and clean`);
        if (o.uniqueClean) {
          const cleanCells = e.clean.map((c) => `${c.sheet}!${c.cell} ${c.rules}`);
          if (new Set(cleanCells).size !== cleanCells.length)
            problems.push(`${file}: a clean cell is listed twice`);
        }
      }
      expect(problems).toEqual([]);
    });

    it("expects tables whose bounds and columns match what the sheets hold", () => {
      const problems: string[] = [];
      for (const { book, wb } of loaded) {
        const get = getter(wb);
        for (const t of book.expected().tables) {
          const where = `${book.file} ${t.sheet}`;
          const c1 = colNumber(t.firstCol);
          const c2 = colNumber(t.lastCol);
          const rowHas = (r: number) => {
            for (let c = c1; c <= c2; c++) if (nonBlank(get(t.sheet, r, c))) return true;
            return false;
          };
          if (t.firstDataRow !== t.header[1] + 1)
            problems.push(`${where}: data does not start under the header`);
          for (let r = t.header[0]; r <= t.lastDataRow; r++)
            if (!rowHas(r)) problems.push(`${where}: row ${r} empty`);
          if (rowHas(t.lastDataRow + 1))
            problems.push(`${where}: row ${t.lastDataRow + 1} under the table is not empty`);
          for (let r = t.header[0]; r <= t.lastDataRow; r++) {
            if (c1 > 1 && nonBlank(get(t.sheet, r, c1 - 1)))
              problems.push(`${where}: left neighbour of row ${r}`);
            if (nonBlank(get(t.sheet, r, c2 + 1))) problems.push(`${where}: right neighbour of row ${r}`);
          }
          for (const [letter, role] of Object.entries(t.columns)) {
            const c = colNumber(letter);
            if (c < c1 || c > c2) problems.push(`${where}: column ${letter} outside`);
            let head = false;
            for (let r = t.header[0]; r <= t.header[1]; r++) head ||= nonBlank(get(t.sheet, r, c));
            if (!head)
              problems.push(`${where}: column ${letter} (${JSON.stringify(role)}) has no header text`);
            if (Array.isArray(role) && !(role[1] >= 2015 && role[1] <= 2035))
              problems.push(`${where}: column ${letter} year ${role[1]}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    o.extra?.(() => loaded);
  });
}
