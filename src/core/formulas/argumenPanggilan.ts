// What one argument of a call is, read from its text: omitted, a literal (number, text, logical,
// error, array constant), an A1 reference (cell, area, whole rows or columns, with an optional
// sheet prefix), a name, or any other expression. The rewriter needs it to know which options
// are constants it can decide on now, which references it can take apart (RATAPERTUMBUHAN needs
// the range one year shifted), and which arguments must be wrapped in parentheses.
import { stringValue, tokenize } from "./tokenize";
import type { Token } from "./tokenize";

export type Sel = { col: number; row: number; colAbs: boolean; rowAbs: boolean };

export type Referensi =
  | { kind: "sel"; prefix: string; a: Sel }
  | { kind: "area"; prefix: string; a: Sel; b: Sel }
  | { kind: "kolom-penuh"; prefix: string; c1: number; c2: number }
  | { kind: "baris-penuh"; prefix: string; r1: number; r2: number };

export type Argumen =
  | { kind: "kosong"; text: "" }
  | { kind: "angka"; text: string; value: number }
  | { kind: "teks"; text: string; value: string }
  | { kind: "logika"; text: string; value: boolean }
  | { kind: "galat"; text: string }
  | { kind: "larik"; text: string; value: (number | string | boolean | null)[][] }
  | { kind: "referensi"; text: string; ref: Referensi }
  | { kind: "nama"; text: string }
  | { kind: "ekspresi"; text: string; tokens: Token[] };

const MAX_COL = 16384;
const MAX_ROW = 1048576;

// Sheet prefix: 'Quoted Name'! or Name! (optionally after an external [Book] part), or a 3-D
// range Sheet1:Sheet3! (kept, but it is not a single range the rewriter can take apart).
const PREFIX = /^((?:\[[^\]]*\])?(?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!)?(.*)$/s;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d+):\$?(\d+)$/;
const NAME = /^[A-Za-z_\\\u00C0-\uFFFF][\w.\\?\u00C0-\uFFFF]*$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function kolomKeAngka(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function angkaKeKolom(n: number): string {
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function bacaSel(text: string): Sel | undefined {
  const m = CELL.exec(text);
  if (!m) return undefined;
  const col = kolomKeAngka(m[2] as string);
  const row = Number(m[4]);
  if (col > MAX_COL || row < 1 || row > MAX_ROW) return undefined;
  return { col, row, colAbs: m[1] === "$", rowAbs: m[3] === "$" };
}

export function tulisSel(s: Sel): string {
  return `${s.colAbs ? "$" : ""}${angkaKeKolom(s.col)}${s.rowAbs ? "$" : ""}${s.row}`;
}

export function bacaReferensi(text: string): Referensi | undefined {
  const m = PREFIX.exec(text);
  if (!m) return undefined;
  const prefix = m[1] ?? "";
  const body = m[2] as string;
  const cols = COLS.exec(body);
  if (cols) {
    const [x, y] = [kolomKeAngka(cols[1] as string), kolomKeAngka(cols[2] as string)];
    return { kind: "kolom-penuh", prefix, c1: Math.min(x, y), c2: Math.max(x, y) };
  }
  const rows = ROWS.exec(body);
  if (rows) {
    const [x, y] = [Number(rows[1]), Number(rows[2])];
    return { kind: "baris-penuh", prefix, r1: Math.min(x, y), r2: Math.max(x, y) };
  }
  const parts = body.split(":");
  if (parts.length === 1) {
    const a = bacaSel(body);
    return a ? { kind: "sel", prefix, a } : undefined;
  }
  if (parts.length !== 2) return undefined;
  const a = bacaSel(parts[0] as string);
  const b = bacaSel(parts[1] as string);
  if (!a || !b) return undefined;
  // Excel keeps the corners as written; normalise to top-left / bottom-right for sizes.
  return { kind: "area", prefix, a, b };
}

/** Rows and columns of an area (a cell is 1 x 1), undefined for whole rows or columns. */
export function ukuran(ref: Referensi): { rows: number; cols: number } | undefined {
  if (ref.kind === "sel") return { rows: 1, cols: 1 };
  if (ref.kind === "area") {
    return { rows: Math.abs(ref.b.row - ref.a.row) + 1, cols: Math.abs(ref.b.col - ref.a.col) + 1 };
  }
  return undefined;
}

function bacaLarik(text: string): (number | string | boolean | null)[][] | undefined {
  const inner = text.slice(1, -1);
  const rows: (number | string | boolean | null)[][] = [[]];
  const toks = tokenize(inner).filter((t) => t.kind !== "space");
  let expectValue = true;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    const row = rows[rows.length - 1] as (number | string | boolean | null)[];
    if (t.kind === "comma" || t.kind === "semicolon") {
      if (expectValue) return undefined;
      if (t.kind === "semicolon") rows.push([]);
      expectValue = true;
      continue;
    }
    if (!expectValue) return undefined;
    if (t.kind === "string") row.push(stringValue(t.text));
    else if (t.kind === "number") row.push(Number(t.text));
    else if (t.kind === "op" && t.text === "-" && toks[i + 1]?.kind === "number") {
      row.push(-Number((toks[i + 1] as Token).text));
      i++;
    } else if (t.kind === "word" && /^(TRUE|FALSE)$/i.test(t.text)) row.push(/^TRUE$/i.test(t.text));
    else return undefined;
    expectValue = false;
  }
  return expectValue ? undefined : rows;
}

/** Classifies the text of one argument (it may carry surrounding spaces). */
export function bacaArgumen(raw: string): Argumen {
  const text = raw.trim();
  if (text === "") return { kind: "kosong", text: "" };
  if (NUMBER.test(text)) return { kind: "angka", text, value: Number(text) };
  const tokens = tokenize(text);
  if (tokens.length === 1) {
    const t = tokens[0] as Token;
    if (t.kind === "string" && !t.unterminated) return { kind: "teks", text, value: stringValue(t.text) };
    if (t.kind === "error") return { kind: "galat", text };
    if (t.kind === "array" && !t.unterminated) {
      const value = bacaLarik(t.text);
      if (value) return { kind: "larik", text, value };
    }
    if (t.kind === "word" && /^(TRUE|FALSE)$/i.test(text)) {
      return { kind: "logika", text, value: /^TRUE$/i.test(text) };
    }
  }
  const ref = bacaReferensi(text);
  if (ref) return { kind: "referensi", text, ref };
  if (NAME.test(text)) return { kind: "nama", text };
  return { kind: "ekspresi", text, tokens };
}

/**
 * The text to substitute for an argument inside a larger expression: references, names and
 * unsigned numbers are atoms in Excel's grammar and go in as they are; everything else (a
 * negative number, "50%", an expression, a rewritten IKU call) is wrapped in parentheses so
 * the operators around it cannot regroup it (Excel's unary minus binds tighter than ^).
 */
export function sebagaiOperand(a: Argumen): string {
  if (a.kind === "referensi" || a.kind === "nama" || a.kind === "galat" || a.kind === "logika") return a.text;
  if (a.kind === "angka" && /^[\d.]/.test(a.text)) return a.text;
  if (a.kind === "teks" || a.kind === "larik") return a.text;
  if (a.kind === "ekspresi" && satuPanggilan(a.tokens)) return a.text;
  return `(${a.text})`;
}

/** True for tokens that are one function call from the first token to the last: F(...). */
function satuPanggilan(tokens: Token[]): boolean {
  if (tokens[0]?.kind !== "func") return false;
  let depth = 0;
  for (let i = 1; i < tokens.length; i++) {
    const k = (tokens[i] as Token).kind;
    if (k === "open") depth++;
    else if (k === "close" && --depth === 0) return i === tokens.length - 1;
  }
  return false;
}
