// What the cells an IKU.* call reads hold now, and what that means for a plain formula. "Siap
// kirim" promises the same value as the add-in for the inputs actually present in the workbook,
// so the rewriter asks the host for the values of every reference and sorts each value into a
// kind: a number or a blank needs nothing; text a plain formula reads exactly as the add-in does
// (Indonesian "85,5", "2.111", "51%"; or "85.5" with a decimal point) is read with NUMBERVALUE;
// a "no data" mark ("-", "NA") is tested for; an error is passed on as Excel passes it on.
// Everything else (words, "A (84,35)", "Rp 5.000", TRUE, "  ") has no exact plain formula.
import type { CellValue } from "../grid";
import { isTanpaNilai, parseAngka, rapikan } from "../numbers";
import type { Referensi } from "./argumenPanggilan";
import type { Token } from "./tokenize";

/** The cells a reference reads: its sheet (undefined for the formula's own sheet) and corners. */
export type AlamatMasukan = { sheet?: string; r1: number; c1: number; r2: number; c2: number };

/**
 * The values of the cells of a reference now, row by row (for a whole column or row, its used
 * part); undefined when they cannot be known (another workbook, a sheet that was not read).
 * A formula that shows "" is a blank (null), as Office.js reads it.
 */
export type BacaNilai = (alamat: AlamatMasukan) => CellValue[][] | undefined;

export type Jenis =
  | "angka" // a number
  | "kosong" // blank
  | "teks-id" // text NUMBERVALUE(x, ",", ".") reads as the add-in does: "85,5", "2.111", "51%"
  | "teks-titik" // text with a decimal point the add-in reads as such: "85.5", "0.500"
  | "tanda" // a "no data" mark: "-", "NA"
  | "galat" // an Excel error
  | "lain"; // anything a plain formula cannot read as the add-in does

// The add-in reads these exactly as NUMBERVALUE does (checked against parseAngka below):
// optional ASCII spaces around, a leading "-", groups of three after a leading 1-9 or plain
// digits, a decimal comma, a trailing "%" (taken off before NUMBERVALUE: the add-in keeps points).
const TEKS_ID = /^ *-?(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,\d+)? *%? *$/;
const TEKS_TITIK = /^ *-?\d+\.\d+ *%? *$/;

/** The kind of one value read as a number by the add-in (core/numbers parseAngka). */
export function jenisNilai(v: CellValue | undefined): Jenis {
  if (v === null || v === undefined) return "kosong";
  if (typeof v === "number") return Number.isFinite(v) ? "angka" : "lain";
  if (typeof v !== "string") return v instanceof Date || typeof v === "boolean" ? "lain" : "galat";
  if (v === "") return "kosong";
  if (isTanpaNilai(v)) return "tanda";
  const a = parseAngka(v);
  if (a.kind !== "angka" || a.label !== undefined || a.note !== undefined) return "lain";
  const bare = v.replace(/[ %]/g, "");
  if (TEKS_ID.test(v))
    return Number(bare.replace(/\./g, "").replace(",", ".")) === a.value ? "teks-id" : "lain";
  if (TEKS_TITIK.test(v)) return Number(bare) === a.value ? "teks-titik" : "lain";
  return "lain";
}

/** A mark as a formula compares it (Excel's "=" ignores case, so "NA" and "na" are one test). */
export function kunciTanda(v: string): string {
  return rapikan(v).toLowerCase();
}

/** The sheet a reference's prefix names: undefined for none, null for another workbook or a 3-D range. */
function namaSheet(prefix: string): string | undefined | null {
  if (prefix === "") return undefined;
  if (prefix.startsWith("[")) return null;
  const body = prefix.slice(0, -1); // without "!"
  if (body.startsWith("'")) {
    const name = body.slice(1, -1).replace(/''/g, "'");
    return name.includes(":") ? null : name;
  }
  return body.includes(":") ? null : body;
}

const MAKS_BARIS = 1048576;
const MAKS_KOLOM = 16384;

/** The address of a reference for a BacaNilai; null when it cannot be read (another workbook). */
export function alamatDari(ref: Referensi): AlamatMasukan | null {
  const sheet = namaSheet(ref.prefix);
  if (sheet === null) return null;
  const base = sheet === undefined ? {} : { sheet };
  switch (ref.kind) {
    case "sel":
      return { ...base, r1: ref.a.row, c1: ref.a.col, r2: ref.a.row, c2: ref.a.col };
    case "area":
      return {
        ...base,
        r1: Math.min(ref.a.row, ref.b.row),
        c1: Math.min(ref.a.col, ref.b.col),
        r2: Math.max(ref.a.row, ref.b.row),
        c2: Math.max(ref.a.col, ref.b.col),
      };
    case "kolom-penuh":
      return { ...base, r1: 1, c1: ref.c1, r2: MAKS_BARIS, c2: ref.c2 };
    case "baris-penuh":
      return { ...base, r1: ref.r1, c1: 1, r2: ref.r2, c2: MAKS_KOLOM };
  }
}

/** Functions that give a number (or an error) whatever their arguments hold. */
const FUNGSI_ANGKA = new Set([
  "ROUND",
  "ROUNDUP",
  "ROUNDDOWN",
  "ABS",
  "INT",
  "TRUNC",
  "SQRT",
  "POWER",
  "MOD",
]);
/** ... and those that also fold a range into one number. */
const FUNGSI_AGREGAT = new Set(["SUM", "AVERAGE", "MIN", "MAX", "PRODUCT", "COUNT", "COUNTA"]);
const SEL = /^\$?[A-Za-z]{1,3}\$?\d+$/;

/**
 * True when an expression can only give one number or an error: arithmetic on numbers and single
 * cells, and SUM, ROUND, ... (a range only inside SUM, AVERAGE, MIN, MAX, PRODUCT, COUNT). Text
 * in a cell becomes a number or #VALUE! in arithmetic, so the add-in and the plain formula see
 * the same value; anything else (IF, lookups, text functions, names, "&") may give text.
 */
export function angkaAtauGalat(tokens: Token[]): boolean {
  const stack: string[] = []; // the function of each open parenthesis ("" for grouping)
  let fungsi = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    switch (t.kind) {
      case "space":
      case "number":
        break;
      case "func": {
        const f = t.text.toUpperCase();
        if (!FUNGSI_ANGKA.has(f) && !FUNGSI_AGREGAT.has(f)) return false;
        fungsi = f;
        break;
      }
      case "open":
        stack.push(fungsi);
        fungsi = "";
        break;
      case "close":
        stack.pop();
        break;
      case "comma":
        if (!stack.at(-1)) return false; // the union operator outside a call
        break;
      case "quoted":
        if (tokens[i + 1]?.text !== "!") return false;
        break;
      case "word":
        if (tokens[i + 1]?.text !== "!" && !SEL.test(t.text)) return false;
        break;
      case "op":
        if (t.text === ":") {
          if (!FUNGSI_AGREGAT.has(stack.at(-1) ?? "")) return false;
        } else if (!["+", "-", "*", "/", "^", "%", "!"].includes(t.text)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
