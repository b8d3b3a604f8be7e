// The kit behind the unseen standard-form workbooks (test/forms/build.ts): a sheet writer that lays
// out a table from column specs (header paths, merges, number row, body rows addressed by id), a
// small Excel-formula evaluator that fills every formula's cached result, and the expectations in
// the format of ../shared/samples/formulir/expected.json. Every planted mistake and every clean
// cell carries a "truth" expression over the sheet's own cells, so the fixtures can be checked by
// arithmetic (test/forms/forms.test.ts) instead of by trust.
import ExcelJS from "exceljs";
import type { Role } from "../fixtures/types";
import { colLetter, colNumber } from "../fixtures/util";

export type { Role };

// ------------------------------------------------------------------------------------------ values

/** A formula; `stale` plants a cached result that the formula does not give (a mistake). */
export type F = { f: string; stale?: number };
/** A value with its own number format. */
export type Fmt = { v: number | string; fmt: string };
export type Cell = number | string | null | undefined | F | Fmt;

export const fx = (formula: string, stale?: number): F =>
  stale === undefined ? { f: formula } : { f: formula, stale };
export const fmt = (v: number | string, format: string): Fmt => ({ v, fmt: format });

export const round = (x: number, d = 2): number => {
  const p = 10 ** d;
  return Math.round((x + Math.sign(x) * 1e-9) * p) / p;
};
export const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** Permendagri 86/2017 scale, half-open bands, above 100 in the top band. */
export function predikat(p: number): string {
  if (p > 90) return "Sangat Tinggi";
  if (p > 75) return "Tinggi";
  if (p > 65) return "Sedang";
  if (p > 50) return "Rendah";
  return "Sangat Rendah";
}

/** The same bands in the words many LKjIP use. */
export function predikatBaik(p: number): string {
  if (p > 90) return "Sangat Baik";
  if (p > 75) return "Baik";
  if (p > 65) return "Cukup";
  if (p > 50) return "Kurang";
  return "Sangat Kurang";
}

/** SAKIP letter for a score (PermenPANRB 88/2021), lower bounds exclusive. */
export function sakip(score: number): string {
  if (score > 90) return "AA";
  if (score > 80) return "A";
  if (score > 70) return "BB";
  if (score > 60) return "B";
  if (score > 50) return "CC";
  if (score > 30) return "C";
  return "D";
}

// --------------------------------------------------------------------------------------- evaluator

export type Value = number | string | boolean | null;
type Ref = { sheet: string; row: number; col: number };
type RangeRef = { sheet: string; r1: number; c1: number; r2: number; c2: number };
/** Reads one cell's value (a formula cell gives its result) for the evaluator. */
export type Getter = (sheet: string, row: number, col: number) => Value;

type Tok =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "ref"; v: Ref }
  | { t: "range"; v: RangeRef }
  | { t: "fn"; v: string }
  | { t: "op"; v: string };

const REF = /^(?:'((?:[^']|'')+)'!|([A-Za-z0-9_.]+)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/;

function tokenize(src: string, sheet: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === " ") {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = "";
      while (j < src.length) {
        if (src[j] === '"' && src[j + 1] === '"') {
          s += '"';
          j += 2;
        } else if (src[j] === '"') break;
        else s += src[j++];
      }
      out.push({ t: "str", v: s });
      i = j + 1;
      continue;
    }
    const rest = src.slice(i);
    const num = /^\d+(\.\d+)?/.exec(rest);
    const fn = /^([A-Z][A-Z0-9_.]*)\(/.exec(rest);
    const ref = REF.exec(rest);
    if (ref && !(fn && fn[0].length - 1 > ref[0].length)) {
      const sh = ref[1] ? ref[1].replace(/''/g, "'") : (ref[2] ?? sheet);
      const r1 = Number(ref[4]);
      const c1 = colNumber(ref[3]);
      if (ref[5]) {
        const r2 = Number(ref[6]);
        const c2 = colNumber(ref[5]);
        out.push({
          t: "range",
          v: {
            sheet: sh,
            r1: Math.min(r1, r2),
            c1: Math.min(c1, c2),
            r2: Math.max(r1, r2),
            c2: Math.max(c1, c2),
          },
        });
      } else out.push({ t: "ref", v: { sheet: sh, row: r1, col: c1 } });
      i += ref[0].length;
      continue;
    }
    if (fn) {
      out.push({ t: "fn", v: fn[1] });
      i += fn[1].length;
      continue;
    }
    if (num) {
      out.push({ t: "num", v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const op = /^(<>|<=|>=|[-+*/&(),=<>])/.exec(rest);
    if (!op) throw new Error(`cannot read formula at "${rest}" in ${src}`);
    out.push({ t: "op", v: op[1] });
    i += op[1].length;
  }
  return out;
}

const numOf = (v: Value): number => {
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  throw new Error(`not a number: ${JSON.stringify(v)}`);
};

/** Indonesian "79,85" or "79.85" to a number. */
const idNum = (s: string): number => Number(s.replace(/\./g, "").replace(",", "."));

const FUNCS: Record<string, (args: Array<Value | Value[]>) => Value> = {
  SUM: (a) => sum(a.flat().filter((v): v is number => typeof v === "number")),
  AVERAGE: (a) => {
    const xs = a.flat().filter((v): v is number => typeof v === "number");
    return sum(xs) / xs.length;
  },
  ROUND: (a) => round(numOf(a[0] as Value), numOf(a[1] as Value)),
  ABS: (a) => Math.abs(numOf(a[0] as Value)),
  COUNTIF: (a) => (a[0] as Value[]).filter((v) => v === a[1]).length,
  /** claim helpers (not Excel): bands, SAKIP grades, codes */
  PREDIKAT: (a) => predikat(numOf(a[0] as Value)),
  PREDIKAT_BAIK: (a) => predikatBaik(numOf(a[0] as Value)),
  SAKIP: (a) => sakip(numOf(a[0] as Value)),
  SCORE: (a) => idNum(/\(([\d.,]+)\)/.exec(String(a[0]))?.[1] ?? "NaN"),
  GRADE: (a) => /^\s*([A-D]{1,2})\b/.exec(String(a[0]))?.[1] ?? "",
  /** the parent of a Kepmendagri code: sub kegiatan -> kegiatan -> program (x.xx.xx.2.xx) -> bidang */
  PARENT: (a) => {
    const p = String(a[0]).trim().split(".");
    return p.slice(0, p.length === 5 ? 3 : p.length - 1).join(".");
  },
};

/** Evaluates an Excel-style expression (the subset the fixtures use) on `sheet`. */
export function evaluate(src: string, sheet: string, get: Getter): Value {
  const toks = tokenize(src.replace(/^=/, ""), sheet);
  let p = 0;
  const peek = () => toks[p];
  const isOp = (v: string) => peek()?.t === "op" && peek()!.v === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new Error(`expected ${v} in ${src}`);
    p++;
  };
  const rangeVals = (r: RangeRef): Value[] => {
    const out: Value[] = [];
    for (let row = r.r1; row <= r.r2; row++)
      for (let c = r.c1; c <= r.c2; c++) out.push(get(r.sheet, row, c));
    return out;
  };
  function primary(): Value | Value[] {
    const t = toks[p++];
    if (!t) throw new Error(`unexpected end of ${src}`);
    if (t.t === "num" || t.t === "str") return t.v;
    if (t.t === "ref") return get(t.v.sheet, t.v.row, t.v.col);
    if (t.t === "range") return rangeVals(t.v);
    if (t.t === "fn") {
      const name = t.v;
      expect("(");
      const args: Array<Value | Value[]> = [];
      if (!isOp(")")) {
        args.push(compare());
        while (isOp(",")) {
          p++;
          args.push(compare());
        }
      }
      expect(")");
      const fn = FUNCS[name];
      if (!fn) throw new Error(`unknown function ${name} in ${src}`);
      return fn(args);
    }
    if (t.v === "(") {
      const v = compare();
      expect(")");
      return v;
    }
    if (t.v === "-") return -numOf(primary() as Value);
    if (t.v === "+") return numOf(primary() as Value);
    throw new Error(`unexpected ${t.v} in ${src}`);
  }
  function term(): Value | Value[] {
    let v = primary();
    while (isOp("*") || isOp("/")) {
      const op = toks[p++].v;
      const r = numOf(primary() as Value);
      v = op === "*" ? numOf(v as Value) * r : numOf(v as Value) / r;
    }
    return v;
  }
  function additive(): Value | Value[] {
    let v = term();
    while (isOp("+") || isOp("-")) {
      const op = toks[p++].v;
      const r = numOf(term() as Value);
      v = op === "+" ? numOf(v as Value) + r : numOf(v as Value) - r;
    }
    return v;
  }
  function concat(): Value | Value[] {
    let v = additive();
    while (isOp("&")) {
      p++;
      v = String(v ?? "") + String(additive() ?? "");
    }
    return v;
  }
  function compare(): Value | Value[] {
    const v = concat();
    if (isOp("=") || isOp("<>")) {
      const op = toks[p++].v;
      const r = concat();
      return op === "=" ? v === r : v !== r;
    }
    return v;
  }
  const v = compare();
  if (p !== toks.length) throw new Error(`trailing input in ${src}`);
  if (Array.isArray(v)) throw new Error(`a range is not a value: ${src}`);
  return v;
}

// ----------------------------------------------------------------------------------- expectations

export type ColumnExpect = Role | [Role, number];
export type ExpectedTableJson = {
  sheet: string;
  header: [number, number];
  firstDataRow: number;
  lastDataRow: number;
  firstCol: string;
  lastCol: string;
  columns: Record<string, ColumnExpect>;
};
export type CellRef = { sheet: string; cell: string };
export type FindingJson = {
  sheet?: string;
  cell?: string;
  anyOf?: CellRef[];
  rules: string[];
  source: "planted";
  note: string;
};
export type CleanJson = { sheet: string; cell: string; rules: string[] };
export type BookJson = {
  tables: ExpectedTableJson[];
  findings: FindingJson[];
  clean: CleanJson[];
  stretch?: FindingJson[];
  cleanSheet?: string[];
};

/** An arithmetic claim about one cell, checked on the written workbook. */
export type Claim = {
  sheet: string;
  cell: string;
  /** expression whose value the cell should hold (the arithmetic of the form) */
  truth: string;
  /** what to compare with `truth`; default the cell itself */
  actual?: string;
  /** planted: actual differs from truth; clean: actual equals truth */
  planted: boolean;
  /** clean only: a naive identity the cell must NOT satisfy (why the cell is a trap) */
  trap?: string;
  /** tolerance for "equal" (default 0.006: values printed with two decimals); planted values are
   * off by more than ten times it */
  tol?: number;
};

/** Rule ids of DESIGN.md (in use and planned). */
export const RULE_IDS = [
  "capaian-mismatch",
  "sum-mismatch",
  "growth-mismatch",
  "ratio-components-mismatch",
  "kondisi-akhir-mismatch",
  "target-trend",
  "target-outlier",
  "year-gap",
  "cross-table-mismatch",
  "text-number",
  "number-scale",
  "inconsistent-formula",
  "hardcoded-value",
  "predikat-mismatch",
  "sakip-grade-mismatch",
  "code-hierarchy",
  "duplicate-code",
  "serapan-over-100",
  "percent-out-of-range",
  "missing-value",
];

// -------------------------------------------------------------------------------------- the writer

export type Col = {
  key: string;
  /** header path from the top header row down; a shorter path stretches its last-but-one part */
  head: string[];
  role?: Role;
  year?: number;
  /** label in the row of column numbers */
  num?: string | number;
  /** number format for numbers in this column */
  fmt?: string;
  width?: number;
};

export type Ctx = {
  /** this row */
  r: number;
  /** row of an id */
  row(id: string): number;
  /** column letter of a key */
  c(key: string): string;
  /** address of key in row id (default this row) */
  a(key: string, id?: string): string;
};

export type Row = {
  id?: string;
  cells: Record<string, Cell> | ((x: Ctx) => Record<string, Cell>);
  bold?: boolean;
  /** merge the first cell's text from one key's column to another's (footer labels) */
  span?: [string, string];
};

export type TableSpec = {
  cols: Col[];
  /** rows in the header band above the number row */
  headerRows: number;
  /** a row of column numbers under the header; "pairs" merges equal labels side by side */
  numberRow?: "plain" | "pairs";
  /** group headers: merged (default), written once in the first cell, or repeated in every cell */
  groups?: "merge" | "first" | "repeat";
  rows: Row[];
  /** body columns whose equal consecutive texts are merged (a sasaran over its indicators) */
  vmerge?: string[];
};

export class Placed {
  constructor(
    readonly sheet: string,
    readonly spec: TableSpec,
    readonly top: number,
    readonly left: number,
    readonly ids: Map<string, number>,
  ) {}
  get headerLast(): number {
    return this.top + this.spec.headerRows - 1 + (this.spec.numberRow ? 1 : 0);
  }
  get firstDataRow(): number {
    return this.headerLast + 1;
  }
  get lastDataRow(): number {
    return this.firstDataRow + this.spec.rows.length - 1;
  }
  get right(): number {
    return this.left + this.spec.cols.length - 1;
  }
  c(key: string): string {
    const i = this.spec.cols.findIndex((c) => c.key === key);
    if (i < 0) throw new Error(`no column ${key}`);
    return colLetter(this.left + i);
  }
  row(id: string): number {
    const r = this.ids.get(id);
    if (r === undefined) throw new Error(`no row ${id} in ${this.sheet}`);
    return r;
  }
  a(key: string, id: string): string {
    return `${this.c(key)}${this.row(id)}`;
  }
  expected(): ExpectedTableJson {
    const columns: Record<string, ColumnExpect> = {};
    this.spec.cols.forEach((c, i) => {
      if (!c.role) return;
      columns[colLetter(this.left + i)] = c.year === undefined ? c.role : [c.role, c.year];
    });
    return {
      sheet: this.sheet,
      header: [this.top, this.headerLast],
      firstDataRow: this.firstDataRow,
      lastDataRow: this.lastDataRow,
      firstCol: colLetter(this.left),
      lastCol: colLetter(this.right),
      columns,
    };
  }
}

type Opts = { bold?: boolean; span?: number; fmt?: string; wrap?: boolean };

export class SheetW {
  readonly ws: ExcelJS.Worksheet;
  /** next free row */
  r = 1;
  constructor(
    readonly book: BookW,
    readonly name: string,
  ) {
    this.ws = book.wb.addWorksheet(name);
  }

  put(row: number, col: number, v: Cell, o: Opts = {}): void {
    if (v === null || v === undefined) return;
    const cell = this.ws.getCell(row, col);
    if (typeof v === "object" && "f" in v) {
      cell.value = { formula: v.f } as ExcelJS.CellFormulaValue;
      this.book.formulas.push({ sheet: this.name, row, col, f: v.f, stale: v.stale });
      if (o.fmt) cell.numFmt = o.fmt;
    } else if (typeof v === "object") {
      cell.value = v.v;
      cell.numFmt = v.fmt;
    } else {
      cell.value = v;
      if (typeof v === "number" && o.fmt) cell.numFmt = o.fmt;
    }
    if (o.bold) cell.font = { bold: true };
    if (o.wrap || (typeof v === "string" && v.length > 40))
      cell.alignment = { wrapText: true, vertical: "top" };
  }

  /** Lines of text from the cursor down, one per row, in column `col`. */
  lines(texts: string[], col = 1, o: Opts = {}): void {
    for (const t of texts) {
      this.put(this.r, col, t, o);
      if (o.span && o.span > 1) this.ws.mergeCells(this.r, col, this.r, col + o.span - 1);
      this.r++;
    }
  }

  gap(n = 1): void {
    this.r += n;
  }

  /** Writes a table at the cursor (or at `top`), left edge `left`; moves the cursor below it. */
  table(spec: TableSpec, left = 1, top = this.r): Placed {
    const L = spec.headerRows;
    const style = spec.groups ?? "merge";
    // header: each column's path as segments with rows
    type Seg = { text: string; r1: number; r2: number; prefix: string };
    const segs = spec.cols.map((c) => {
      const k = c.head.length;
      if (k > L) throw new Error(`header path longer than ${L}: ${c.head.join(" > ")}`);
      const out: Seg[] = [];
      c.head.forEach((text, i) => {
        let r1 = i;
        let r2 = i;
        if (k === 1) r2 = L - 1;
        else if (i === k - 2) r2 = L - 2;
        else if (i === k - 1) r1 = r2 = L - 1;
        out.push({ text, r1: top + r1, r2: top + r2, prefix: c.head.slice(0, i).join("\u0001") });
      });
      return out;
    });
    const done = new Set<string>();
    spec.cols.forEach((_, j) => {
      for (const s of segs[j]) {
        const key = `${j}:${s.r1}`;
        if (done.has(key)) continue;
        let j2 = j;
        while (
          j2 + 1 < spec.cols.length &&
          segs[j2 + 1].some(
            (t) => t.r1 === s.r1 && t.r2 === s.r2 && t.text === s.text && t.prefix === s.prefix,
          )
        )
          j2++;
        for (let k = j; k <= j2; k++) done.add(`${k}:${s.r1}`);
        const c1 = left + j;
        const c2 = left + j2;
        const bold = { bold: true };
        if (style === "repeat") {
          for (let r = s.r1; r <= s.r2; r++) for (let c = c1; c <= c2; c++) this.headCell(r, c, s.text, bold);
        } else {
          this.headCell(s.r1, c1, s.text, bold);
          if (style === "merge" && (s.r2 > s.r1 || c2 > c1)) this.ws.mergeCells(s.r1, c1, s.r2, c2);
        }
      }
    });
    const numRow = top + L;
    if (spec.numberRow) {
      let j = 0;
      while (j < spec.cols.length) {
        const v = spec.cols[j].num;
        let j2 = j;
        if (spec.numberRow === "pairs")
          while (j2 + 1 < spec.cols.length && spec.cols[j2 + 1].num === v && v !== undefined) j2++;
        if (v !== undefined) this.headCell(numRow, left + j, v, {});
        if (j2 > j) this.ws.mergeCells(numRow, left + j, numRow, left + j2);
        j = j2 + 1;
      }
    }
    // body
    const first = top + L + (spec.numberRow ? 1 : 0);
    const ids = new Map<string, number>();
    spec.rows.forEach((row, i) => {
      if (row.id) {
        if (ids.has(row.id)) throw new Error(`duplicate row id ${row.id}`);
        ids.set(row.id, first + i);
      }
    });
    const placed = new Placed(this.name, spec, top, left, ids);
    const colIndex = new Map(spec.cols.map((c, i) => [c.key, i]));
    spec.rows.forEach((row, i) => {
      const r = first + i;
      const ctx: Ctx = {
        r,
        row: (id) => placed.row(id),
        c: (key) => placed.c(key),
        a: (key, id) => `${placed.c(key)}${id ? placed.row(id) : r}`,
      };
      const cells = typeof row.cells === "function" ? row.cells(ctx) : row.cells;
      for (const [key, v] of Object.entries(cells)) {
        if (v === undefined || v === null) continue;
        const j = colIndex.get(key);
        if (j === undefined) throw new Error(`no column ${key} in table on ${this.name}`);
        this.put(r, left + j, v, { fmt: spec.cols[j].fmt, bold: row.bold });
      }
      if (row.span) {
        const a = colIndex.get(row.span[0])!;
        const b = colIndex.get(row.span[1])!;
        this.ws.mergeCells(r, left + a, r, left + b);
      }
    });
    for (const key of spec.vmerge ?? []) {
      const c = left + colIndex.get(key)!;
      let r = first;
      while (r <= placed.lastDataRow) {
        const v = this.ws.getCell(r, c).value;
        let r2 = r;
        while (r2 + 1 <= placed.lastDataRow && v && this.ws.getCell(r2 + 1, c).value === v) r2++;
        if (r2 > r) {
          for (let k = r + 1; k <= r2; k++) this.ws.getCell(k, c).value = null;
          this.ws.mergeCells(r, c, r2, c);
        }
        r = r2 + 1;
      }
    }
    spec.cols.forEach((c, j) => {
      this.ws.getColumn(left + j).width = c.width ?? Math.max(this.ws.getColumn(left + j).width ?? 0, 12);
    });
    this.book.tables.push(placed);
    if (top === this.r) this.r = placed.lastDataRow + 1;
    else this.r = Math.max(this.r, placed.lastDataRow + 1);
    return placed;
  }

  private headCell(row: number, col: number, v: string | number, o: { bold?: boolean }): void {
    const cell = this.ws.getCell(row, col);
    // a year typed alone in a header cell is a number in Excel
    cell.value = typeof v === "string" && /^(19|20)\d\d$/.test(v) ? Number(v) : v;
    if (o.bold) cell.font = { bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
}

export type PlantSpec = {
  /** the cell that holds the wrong value (or anyOf for a mistake with two sides) */
  at: CellRef | { anyOf: CellRef[] };
  rules: string[];
  note: string;
  truth: string;
  actual?: string;
  stretch?: boolean;
  /** the precision the values are printed to (default 0.006); a planted value is off by 10x that */
  tol?: number;
};

export type CleanSpec = {
  sheet: string;
  cell: string;
  rules: string[];
  truth: string;
  actual?: string;
  trap?: string;
  tol?: number;
};

/** One workbook of the set: its sheets, tables, planted mistakes, clean cells and claims. */
export class BookW {
  readonly wb = new ExcelJS.Workbook();
  readonly tables: Placed[] = [];
  readonly formulas: Array<{ sheet: string; row: number; col: number; f: string; stale?: number }> = [];
  readonly findings: FindingJson[] = [];
  readonly stretch: FindingJson[] = [];
  readonly clean: CleanJson[] = [];
  readonly claims: Claim[] = [];
  readonly cleanSheets: string[] = [];

  constructor(
    readonly file: string,
    readonly form: string,
    readonly about: string,
  ) {
    this.wb.creator = "Cermat IKU test/forms";
    this.wb.created = new Date(Date.UTC(2025, 0, 1));
    this.wb.modified = this.wb.created;
  }

  sheet(name: string): SheetW {
    return new SheetW(this, name);
  }

  plant(p: PlantSpec): void {
    const first = "anyOf" in p.at ? p.at.anyOf[0] : p.at;
    const f: FindingJson =
      "anyOf" in p.at
        ? { anyOf: p.at.anyOf, rules: p.rules, source: "planted", note: p.note }
        : { sheet: p.at.sheet, cell: p.at.cell, rules: p.rules, source: "planted", note: p.note };
    (p.stretch ? this.stretch : this.findings).push(f);
    this.claims.push({
      sheet: first.sheet,
      cell: first.cell,
      truth: p.truth,
      actual: p.actual,
      planted: true,
      tol: p.tol,
    });
  }

  ok(c: CleanSpec): void {
    this.clean.push({ sheet: c.sheet, cell: c.cell, rules: c.rules });
    this.claims.push({
      sheet: c.sheet,
      cell: c.cell,
      truth: c.truth,
      actual: c.actual,
      trap: c.trap,
      tol: c.tol,
      planted: false,
    });
  }

  /** Fills every formula's cached result (the planted stale ones get their wrong result). */
  finish(): this {
    const key = (s: string, r: number, c: number) => `${s}!${r}:${c}`;
    const byCell = new Map(this.formulas.map((f) => [key(f.sheet, f.row, f.col), f]));
    const memo = new Map<string, Value>();
    const busy = new Set<string>();
    const get: Getter = (sheet, row, col) => {
      const k = key(sheet, row, col);
      const f = byCell.get(k);
      if (f) {
        if (memo.has(k)) return memo.get(k)!;
        if (busy.has(k)) throw new Error(`circular formula at ${k}`);
        busy.add(k);
        const v = f.stale !== undefined ? f.stale : evaluate(f.f, sheet, get);
        busy.delete(k);
        memo.set(k, v);
        return v;
      }
      const ws = this.wb.getWorksheet(sheet);
      if (!ws) throw new Error(`no sheet ${sheet}`);
      return plain(ws.getCell(row, col));
    };
    for (const f of this.formulas) {
      const v = get(f.sheet, f.row, f.col);
      const cell = this.wb.getWorksheet(f.sheet)!.getCell(f.row, f.col);
      cell.value = { formula: f.f, result: v as number } as ExcelJS.CellFormulaValue;
    }
    return this;
  }

  expected(): BookJson {
    const out: BookJson = {
      tables: this.tables.map((t) => t.expected()),
      findings: this.findings,
      clean: this.clean,
    };
    if (this.stretch.length) out.stretch = this.stretch;
    if (this.cleanSheets.length) out.cleanSheet = this.cleanSheets;
    return out;
  }
}

/** A cell's value as the evaluator sees it: numbers, text, a formula's cached result. */
export function plain(cell: ExcelJS.Cell): Value {
  const v = cell.isMerged && cell.master !== cell ? cell.master.value : cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "object" && "formula" in v) {
    const r = (v as ExcelJS.CellFormulaValue).result;
    return r === undefined || r === null ? null : (r as Value);
  }
  if (typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  throw new Error(`unexpected value at ${cell.address}: ${JSON.stringify(v)}`);
}

// ------------------------------------------------------------------------------- shared furniture

/** Letterhead lines at the cursor, then one blank row. */
export function letterhead(s: SheetW, lines: string[], col = 1): void {
  s.lines(lines, col, { bold: true });
  s.gap();
}

/** A signature block at the cursor: place and date, office lines, room to sign, name, rank, NIP. */
export function signature(
  s: SheetW,
  col: number,
  o: { tempat: string; jabatan: string[]; nama: string; pangkat?: string; nip: string },
): void {
  s.lines([o.tempat, ...o.jabatan], col);
  s.gap(3);
  s.lines([o.nama, ...(o.pangkat ? [o.pangkat] : []), `NIP. ${o.nip}`], col, {});
}

export const RP = "#,##0";
export const DEC = "0.00";
export const INT = "#,##0";
