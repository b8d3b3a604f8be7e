// A small, test-only interpreter for the subset of Excel the plain formulas use, over a fake
// sheet of values, with the IKU.* functions wired to the add-in's own `fungsi`. The rewriting
// tests evaluate the original formula and its plain replacement with it and compare.
// Semantics follow dynamic-array Excel: ranges in arithmetic, comparisons and IF evaluate
// element by element; blank cells are 0 in arithmetic and "" in comparisons with text.
import { ExcelError } from "../../../src/functions/excelValue";
import { fungsi } from "../../../src/functions/fungsi";
import { bulatkan } from "../../../src/core/indicators/pembulatan";
import { ARGUMEN_PER_SEL } from "../../../src/functions/rumusBiasa";
import type { BacaNilai } from "../../../src/core/formulas";
import type { CellValue } from "../../../src/core/grid";

export class XErr {
  constructor(readonly code: string) {}
}
export type Scalar = number | string | boolean | null | XErr;
type Arr = Scalar[][];
type Ref = { ref: true; sheet: string; r1: number; c1: number; r2: number; c2: number };
type V = Scalar | Arr | Ref;

export type Sheet = Record<string, Scalar>;
const DEFAULT_SHEET = "SHEET1";

// ------------------------------------------------------------------------------------ lexer
type Tok = { t: string; v: string };
const LEX: [string, RegExp][] = [
  ["ws", /^\s+/],
  ["str", /^"(?:[^"]|"")*"/],
  ["err", /^#(?:N\/A|VALUE!|DIV\/0!|NUM!|REF!|NAME\?|NULL!)/],
  [
    "ref",
    /^(?:(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?(?![\w.(])/,
  ],
  ["num", /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/],
  ["func", /^[A-Za-z_][\w.]*(?=\()/],
  ["name", /^[A-Za-z_][\w.]*/],
  ["op", /^(?:<=|>=|<>|[-+*/^&=<>%(),{};:])/],
];

function lex(s: string): Tok[] {
  const out: Tok[] = [];
  while (s.length) {
    const hit = LEX.find(([, re]) => re.test(s));
    if (!hit) throw new Error(`lex: ${s}`);
    const m = (hit[1].exec(s) as RegExpExecArray)[0];
    if (hit[0] !== "ws") out.push({ t: hit[0], v: m });
    s = s.slice(m.length);
  }
  return out;
}

// ----------------------------------------------------------------------------------- parser
type Node =
  | { k: "lit"; v: Scalar }
  | { k: "arr"; v: Arr }
  | { k: "ref"; v: Ref }
  | { k: "un"; op: string; a: Node }
  | { k: "pct"; a: Node }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "call"; name: string; args: (Node | null)[] };

function colNum(s: string): number {
  let n = 0;
  for (const ch of s.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function parseRef(text: string): Ref {
  let sheet = DEFAULT_SHEET;
  let body = text;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    sheet = text.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'").toUpperCase();
    body = text.slice(bang + 1);
  }
  const cells = body.replace(/\$/g, "").split(":");
  const rc = cells.map((c) => {
    const m = /^([A-Za-z]+)(\d+)$/.exec(c) as RegExpExecArray;
    return [Number(m[2]), colNum(m[1] as string)] as const;
  });
  const [a, b] = [rc[0] as readonly [number, number], (rc[1] ?? rc[0]) as readonly [number, number]];
  return {
    ref: true,
    sheet,
    r1: Math.min(a[0], b[0]),
    c1: Math.min(a[1], b[1]),
    r2: Math.max(a[0], b[0]),
    c2: Math.max(a[1], b[1]),
  };
}

class Parser {
  i = 0;
  constructor(readonly toks: Tok[]) {}
  peek(): Tok | undefined {
    return this.toks[this.i];
  }
  eat(v?: string): Tok {
    const t = this.toks[this.i++];
    if (!t || (v !== undefined && t.v !== v)) throw new Error(`parse: expected ${v}, got ${t?.v}`);
    return t;
  }
  isOp(...ops: string[]): boolean {
    const t = this.peek();
    return !!t && t.t === "op" && ops.includes(t.v);
  }
  expr(): Node {
    let a = this.concat();
    while (this.isOp("=", "<>", "<", ">", "<=", ">=")) {
      const op = this.eat().v;
      a = { k: "bin", op, a, b: this.concat() };
    }
    return a;
  }
  concat(): Node {
    let a = this.add();
    while (this.isOp("&")) {
      this.eat();
      a = { k: "bin", op: "&", a, b: this.add() };
    }
    return a;
  }
  add(): Node {
    let a = this.mul();
    while (this.isOp("+", "-")) {
      const op = this.eat().v;
      a = { k: "bin", op, a, b: this.mul() };
    }
    return a;
  }
  mul(): Node {
    let a = this.pow();
    while (this.isOp("*", "/")) {
      const op = this.eat().v;
      a = { k: "bin", op, a, b: this.pow() };
    }
    return a;
  }
  pow(): Node {
    let a = this.unary();
    while (this.isOp("^")) {
      this.eat();
      a = { k: "bin", op: "^", a, b: this.unary() };
    }
    return a;
  }
  unary(): Node {
    if (this.isOp("-", "+")) {
      const op = this.eat().v;
      return { k: "un", op, a: this.unary() };
    }
    let a = this.primary();
    while (this.isOp("%")) {
      this.eat();
      a = { k: "pct", a };
    }
    return a;
  }
  primary(): Node {
    const t = this.eat();
    if (t.t === "num") return { k: "lit", v: Number(t.v) };
    if (t.t === "str") return { k: "lit", v: t.v.slice(1, -1).replace(/""/g, '"') };
    if (t.t === "err") return { k: "lit", v: new XErr(t.v) };
    if (t.t === "ref") return { k: "ref", v: parseRef(t.v) };
    if (t.t === "name") {
      if (/^TRUE$/i.test(t.v)) return { k: "lit", v: true };
      if (/^FALSE$/i.test(t.v)) return { k: "lit", v: false };
      throw new Error(`unknown name ${t.v}`);
    }
    if (t.t === "func") {
      this.eat("(");
      const args: (Node | null)[] = [];
      if (this.isOp(")")) this.eat();
      else {
        for (;;) {
          args.push(this.isOp(",", ")") ? null : this.expr());
          if (this.isOp(")")) {
            this.eat();
            break;
          }
          this.eat(",");
        }
      }
      return { k: "call", name: t.v.toUpperCase(), args };
    }
    if (t.v === "(") {
      const e = this.expr();
      this.eat(")");
      return e;
    }
    if (t.v === "{") {
      const rows: Arr = [[]];
      for (;;) {
        const neg = this.isOp("-") ? (this.eat(), -1) : 1;
        const x = this.primary();
        const v = x.k === "lit" ? x.v : null;
        (rows[rows.length - 1] as Scalar[]).push(typeof v === "number" ? v * neg : v);
        if (this.isOp("}")) {
          this.eat();
          break;
        }
        if (this.eat().v === ";") rows.push([]);
      }
      return { k: "arr", v: rows };
    }
    throw new Error(`parse: unexpected ${t.v}`);
  }
}

// ------------------------------------------------------------------------------- evaluation
const isRef = (v: V): v is Ref => typeof v === "object" && v !== null && (v as Ref).ref === true;
const isArr = (v: V): v is Arr => Array.isArray(v);
const isErr = (v: unknown): v is XErr => v instanceof XErr;

function colName(n: number): string {
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export class Evaluator {
  private readonly cells = new Map<string, Scalar>();
  /** Keys "B5" (the default sheet) or "Data!B5" / "It's!B5" (any case). */
  constructor(sheet: Sheet) {
    for (const [k, v] of Object.entries(sheet)) {
      this.cells.set((k.includes("!") ? k : `${DEFAULT_SHEET}!${k}`).toUpperCase(), v);
    }
  }

  cell(sheet: string, r: number, c: number): Scalar {
    return this.cells.get(`${sheet}!${colName(c)}${r}`) ?? null;
  }

  values(v: V): Arr {
    if (isRef(v)) {
      const out: Arr = [];
      for (let r = v.r1; r <= v.r2; r++) {
        const row: Scalar[] = [];
        for (let c = v.c1; c <= v.c2; c++) row.push(this.cell(v.sheet, r, c));
        out.push(row);
      }
      return out;
    }
    return isArr(v) ? v : [[v]];
  }

  /** A value as a scalar when it is 1 x 1, else as an array. */
  norm(v: V): Scalar | Arr {
    const a = this.values(v);
    return a.length === 1 && (a[0] as Scalar[]).length === 1 ? ((a[0] as Scalar[])[0] as Scalar) : a;
  }

  map(args: V[], f: (...xs: Scalar[]) => Scalar): Scalar | Arr {
    const ns = args.map((a) => this.norm(a));
    const arrs = ns.filter(isArr) as Arr[];
    if (arrs.length === 0) return f(...(ns as Scalar[]));
    const rows = Math.max(...arrs.map((a) => a.length));
    const cols = Math.max(...arrs.map((a) => (a[0] as Scalar[]).length));
    const at = (x: Scalar | Arr, r: number, c: number): Scalar => {
      if (!isArr(x)) return x;
      const rr = x.length === 1 ? 0 : r;
      const cc = (x[0] as Scalar[]).length === 1 ? 0 : c;
      const row = x[rr];
      return row === undefined || row[cc] === undefined ? new XErr("#N/A") : (row[cc] as Scalar);
    };
    const out: Arr = [];
    for (let r = 0; r < rows; r++) {
      const row: Scalar[] = [];
      for (let c = 0; c < cols; c++) row.push(f(...ns.map((x) => at(x, r, c))));
      out.push(row);
    }
    return out;
  }

  evaluate(formula: string): Scalar | Arr {
    const p = new Parser(lex(formula.replace(/^=/, "")));
    const node = p.expr();
    if (p.i !== p.toks.length) throw new Error(`parse: trailing ${p.toks[p.i]?.v}`);
    return this.norm(this.ev(node));
  }

  ev(n: Node): V {
    switch (n.k) {
      case "lit":
        return n.v;
      case "arr":
        return n.v;
      case "ref":
        return n.v;
      case "un":
        return this.map([this.ev(n.a)], (x) => {
          const v = num(x);
          return isErr(v) ? v : n.op === "-" ? -v : v;
        });
      case "pct":
        return this.map([this.ev(n.a)], (x) => {
          const v = num(x);
          return isErr(v) ? v : v / 100;
        });
      case "bin":
        return this.map([this.ev(n.a), this.ev(n.b)], (x, y) => binary(n.op, x, y));
      case "call":
        return this.call(n.name, n.args);
    }
  }

  call(name: string, nodes: (Node | null)[]): V {
    if (name === "IF") {
      const c = this.norm(this.ev(nodes[0] as Node));
      const branch = (i: number): V => (nodes[i] ? this.ev(nodes[i] as Node) : i === 2 ? false : 0);
      if (!isArr(c)) {
        const b = truth(c);
        return isErr(b) ? b : branch(b ? 1 : 2);
      }
      return this.map([c, branch(1), branch(2)], (x, a, b) => {
        const t = truth(x);
        return isErr(t) ? t : t ? a : b;
      });
    }
    if (name.startsWith("IKU.")) return this.iku(name.slice(4), nodes);
    const args = nodes.map((a) => (a ? this.ev(a) : null));
    const flat = (v: V): Scalar[] => this.values(v).flat();
    const nums = (vs: V[]): number[] | XErr => {
      const out: number[] = [];
      for (const v of vs) {
        for (const x of flat(v)) {
          if (isErr(x)) return x;
          if (typeof x === "number") out.push(x);
        }
      }
      return out;
    };
    switch (name) {
      case "IFERROR":
        return this.map([args[0] as V, args[1] as V], (x, y) => (isErr(x) ? y : x));
      case "NA":
        return new XErr("#N/A");
      case "ROUND":
        // Excel rounds the number's 15 significant digits (ROUND(2.675,2) = 2.68)
        return this.map([args[0] as V, args[1] as V], (x, d) => {
          const v = num(x);
          const k = num(d);
          if (isErr(v)) return v;
          if (isErr(k)) return k;
          return bulatkan(v, k);
        });
      case "ABS":
        return this.map([args[0] as V], (x) => {
          const v = num(x);
          return isErr(v) ? v : Math.abs(v);
        });
      case "ISERROR":
        return this.map([args[0] as V], (x) => isErr(x));
      case "ISTEXT":
        return this.map([args[0] as V], (x) => typeof x === "string");
      case "INT":
        return this.map([args[0] as V], (x) => {
          const v = num(x);
          return isErr(v) ? v : Math.floor(v);
        });
      case "ISNUMBER":
        return this.map([args[0] as V], (x) => typeof x === "number");
      case "TRIM":
        return this.map([args[0] as V], (x) => (isErr(x) ? x : text(x).trim().replace(/ +/g, " ")));
      case "SUBSTITUTE":
        return this.map([args[0] as V, args[1] as V, args[2] as V], (x, a, b) =>
          isErr(x) ? x : text(x).split(text(a)).join(text(b)),
        );
      case "NUMBERVALUE":
        return this.map([args[0] as V, args[1] as V, args[2] as V], (x, d, g) => {
          if (isErr(x)) return x;
          let s = text(x).replace(/\s/g, "");
          if (s === "") return 0;
          let pct = 1;
          while (s.endsWith("%")) {
            s = s.slice(0, -1);
            pct /= 100;
          }
          const [whole, frac, more] = s.split(text(d));
          if (more !== undefined || (frac ?? "").includes(text(g))) return new XErr("#VALUE!");
          const t = (whole as string).split(text(g)).join("") + (frac !== undefined ? `.${frac}` : "");
          return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) * pct : new XErr("#VALUE!");
        });
      case "COUNT": {
        let n = 0;
        for (const v of args) for (const x of flat(v as V)) if (typeof x === "number") n++;
        return n;
      }
      case "SUM":
      case "AVERAGE":
      case "MIN": {
        const xs = nums(args as V[]);
        if (isErr(xs)) return xs;
        if (name === "SUM") return xs.reduce((a, b) => a + b, 0);
        if (name === "MIN") return xs.length ? Math.min(...xs) : 0;
        return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : new XErr("#DIV/0!");
      }
      case "SUMPRODUCT": {
        const arrs = args.map((a) => flat(a as V));
        const len = (arrs[0] as Scalar[]).length;
        if (arrs.some((a) => a.length !== len)) return new XErr("#VALUE!");
        let total = 0;
        for (let i = 0; i < len; i++) {
          let p = 1;
          for (const a of arrs) {
            const x = a[i] as Scalar;
            if (isErr(x)) return x;
            p *= typeof x === "number" ? x : 0;
          }
          total += p;
        }
        return total;
      }
      case "LOOKUP": {
        const key = this.norm(args[0] as V) as Scalar;
        const look = flat(args[1] as V);
        const res = flat((args[2] ?? args[1]) as V);
        let found = -1;
        look.forEach((x, i) => {
          if (typeof x === "number" && typeof key === "number" && x <= key) found = i;
        });
        return found < 0 ? new XErr("#N/A") : (res[found] as Scalar);
      }
      case "INDEX": {
        const a = this.values(args[0] as V);
        const r = num(this.norm(args[1] as V) as Scalar);
        const c = args[2] === null || args[2] === undefined ? undefined : num(this.norm(args[2]) as Scalar);
        if (isErr(r)) return r;
        if (isErr(c)) return c;
        const oneRow = a.length === 1;
        const oneCol = (a[0] as Scalar[]).length === 1;
        if (c === undefined && r === 0) return a;
        if (c === undefined && (oneRow || oneCol)) {
          const v = oneRow ? (a[0] as Scalar[])[r - 1] : a[r - 1]?.[0];
          return v === undefined ? new XErr("#REF!") : v;
        }
        const v = a[r - 1]?.[(c ?? 1) - 1];
        return v === undefined ? new XErr("#REF!") : v;
      }
      case "MATCH": {
        const key = this.norm(args[0] as V) as Scalar;
        const xs = flat(args[1] as V);
        const type = args[2] === undefined || args[2] === null ? 1 : num(this.norm(args[2]) as Scalar);
        if (type !== 0) throw new Error("MATCH: only exact match is implemented");
        const i = xs.findIndex(
          (x) =>
            typeof x === typeof key &&
            (typeof x === "string" ? x.toLowerCase() === (key as string).toLowerCase() : x === key),
        );
        return i < 0 ? new XErr("#N/A") : i + 1;
      }
      case "COLUMNS":
        return (this.values(args[0] as V)[0] as Scalar[]).length;
      case "ROWS":
        return this.values(args[0] as V).length;
      default:
        throw new Error(`function not implemented in the test interpreter: ${name}`);
    }
  }

  /**
   * IKU.* through the add-in's own functions, mapped over ranges as functions.ts does. Excel does
   * not call a custom function with an error in an argument (its metadata does not allow errors):
   * the call shows that error, the first argument's, once for the whole call.
   */
  iku(name: string, nodes: (Node | null)[]): V {
    const raw = nodes.map((a) => (a ? this.ev(a) : undefined));
    for (const v of raw) {
      const e = v === undefined ? undefined : this.values(v).flat().find(isErr);
      if (e) return e;
    }
    const scalarOpt = (v: V | undefined): unknown => {
      if (v === undefined) return undefined;
      const n = this.norm(v);
      return isArr(n) ? n : n;
    };
    const out = (x: unknown): Scalar => (x instanceof ExcelError ? new XErr(x.code) : (x as Scalar));
    const f = (fungsi as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
    if (!f) return new XErr("#NAME?");
    if (name === "RATAPERTUMBUHAN" || name === "KONDISIAKHIR") {
      const xs = this.values(raw[0] as V).flat();
      const e = xs.find(isErr);
      if (e) return e;
      return out(f(xs, scalarOpt(raw[1])));
    }
    // element-wise arguments, as the Excel wrapper maps them; options are passed through
    const idx = ARGUMEN_PER_SEL[name] as readonly number[];
    const fixed = raw.map((v, i) => (idx.includes(i) ? undefined : scalarOpt(v)));
    for (const x of fixed) if (isErr(x)) return x;
    const cols = idx.map((i) => raw[i] ?? null) as V[];
    return this.map(cols, (...cells) => {
      const e = cells.find(isErr);
      if (e) return e;
      const all = fixed.slice();
      idx.forEach((i, k) => (all[i] = cells[k]));
      return out(f(...all));
    });
  }
}

function num(x: Scalar): number | XErr {
  if (isErr(x)) return x;
  if (x === null) return 0;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "number") return x;
  const t = x.trim();
  return t !== "" && Number.isFinite(Number(t)) ? Number(t) : new XErr("#VALUE!");
}

function text(x: Scalar): string {
  if (x === null) return "";
  if (typeof x === "boolean") return x ? "TRUE" : "FALSE";
  return String(x);
}

function truth(x: Scalar): boolean | XErr {
  if (isErr(x)) return x;
  if (x === null) return false;
  if (typeof x === "boolean") return x;
  if (typeof x === "number") return x !== 0;
  if (/^true$/i.test(x)) return true;
  if (/^false$/i.test(x)) return false;
  return new XErr("#VALUE!");
}

const rank = (x: Scalar): number => (typeof x === "number" ? 0 : typeof x === "string" ? 1 : 2);

function compare(x: Scalar, y: Scalar): number {
  if (x === null) x = typeof y === "string" ? "" : typeof y === "boolean" ? false : 0;
  if (y === null) y = typeof x === "string" ? "" : typeof x === "boolean" ? false : 0;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string") {
    const a = x.toLowerCase();
    const b = (y as string).toLowerCase();
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const a = Number(x);
  const b = Number(y);
  return a < b ? -1 : a > b ? 1 : 0;
}

function binary(op: string, x: Scalar, y: Scalar): Scalar {
  if (isErr(x)) return x;
  if (isErr(y)) return y;
  switch (op) {
    case "&":
      return text(x) + text(y);
    case "=":
      return compare(x, y) === 0;
    case "<>":
      return compare(x, y) !== 0;
    case "<":
      return compare(x, y) < 0;
    case ">":
      return compare(x, y) > 0;
    case "<=":
      return compare(x, y) <= 0;
    case ">=":
      return compare(x, y) >= 0;
  }
  const a = num(x);
  const b = num(y);
  if (isErr(a)) return a;
  if (isErr(b)) return b;
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? new XErr("#DIV/0!") : a / b;
    case "^": {
      const p = Math.pow(a, b);
      return Number.isFinite(p) ? p : new XErr("#NUM!");
    }
  }
  throw new Error(`operator ${op}`);
}

/** Loose equality of two results: numbers to 9 significant digits, errors by code. */
export function sama(a: Scalar | Arr, b: Scalar | Arr): boolean {
  if (isArr(a) || isArr(b)) {
    if (!isArr(a) || !isArr(b) || a.length !== b.length) return false;
    return a.every(
      (row, i) =>
        row.length === (b[i] as Scalar[]).length &&
        row.every((x, j) => sama(x, (b[i] as Scalar[])[j] as Scalar)),
    );
  }
  if (isErr(a) || isErr(b)) return isErr(a) && isErr(b) && a.code === b.code;
  if (typeof a === "number" && typeof b === "number") {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  return a === b || (a === null && b === "") || (a === "" && b === null);
}

export function tampil(v: Scalar | Arr): string {
  if (isArr(v)) return `[${v.map((r) => r.map((x) => tampil(x)).join(", ")).join("; ")}]`;
  return isErr(v) ? v.code : JSON.stringify(v);
}

/** What the cells of a test sheet hold, as the pane's grid reader gives it to the rewriter. */
export function bacaDari(sheet: Sheet): BacaNilai {
  const ev = new Evaluator(sheet);
  return ({ sheet: nama, r1, c1, r2, c2 }) => {
    const out: CellValue[][] = [];
    for (let r = r1; r <= Math.min(r2, 200); r++) {
      const row: CellValue[] = [];
      for (let c = c1; c <= Math.min(c2, 50); c++) {
        const v = ev.cell((nama ?? "Sheet1").toUpperCase(), r, c);
        row.push(v instanceof XErr ? { error: v.code } : v === "" ? null : v);
      }
      out.push(row);
    }
    return out;
  };
}
