/**
 * "Siap kirim": IKU.* calls rewritten as plain Excel formulas, so a workbook opened without the
 * add-in shows the same numbers instead of #NAME?.
 *
 * Contract: a plain formula gives what the add-in gives in Excel for the inputs present now: the
 * same value, "" where the add-in leaves the cell blank (realisation not reported yet), and the
 * same Excel error code where the add-in answers with an error (#N/A for a missing target or a
 * "-" / "NA" mark, #VALUE!, #DIV/0!, #NUM!), only without the add-in's explanation. Where no
 * plain formula can promise that, the result is ok:false with the reason, and the caller pastes
 * the value instead (and says so). With `nilai` (the values of the cells each reference reads)
 * the formula is made for what those cells hold (masukan.ts):
 * - numbers and blanks: the formula reads the cells as they are;
 * - Indonesian number text ("85,5", "2.111", "51%") or text with a decimal point ("85.5"): the
 *   operand is read with IF(ISNUMBER(x),x,NUMBERVALUE(SUBSTITUTE(x,"%",""),",",".")), which
 *   keeps the add-in's points for "51%" (51, not 0,51);
 * - "-" / "NA" marks: a test for each mark present gives #N/A in the add-in's order (a blank
 *   realisation first, then the marks, then a blank target);
 * - an error in a cell: Excel does not call a custom function with an error argument and shows
 *   that error (the first argument's); the formula passes it on with IF(ISERROR(x),x,...).
 * - refused (value pasted): text the formula cannot read as the add-in does ("A (84,35)",
 *   "Rp 5.000", "11.60" next to "85,5", words, TRUE, a cell of spaces), an error inside a range
 *   (the add-in shows one error for the whole call), a range target "80 - 90" in a cell, names,
 *   other workbooks and expressions whose value cannot be known (anything but arithmetic on
 *   cells and SUM, ROUND, ...).
 * Without `nilai` the cells are assumed to hold numbers and blanks (the formula is right for
 * those only). Guards that a literal argument already decides are dropped.
 *
 * Design choices:
 * - No LET (Excel 365 only) and no other 365-only functions: the formulas read the same in
 *   Excel 2013 and later (NUMBERVALUE is the newest, 2013; a file must name it
 *   _xlfn.NUMBERVALUE, see rumusBerkas). The element-wise parts (IF over a range inside
 *   SUMPRODUCT, spilling calls over ranges) need array evaluation: dynamic-array Excel, where the
 *   add-in runs and writes the formulas, saves them so that older Excel opens them as array (CSE)
 *   formulas. An argument used more than once is repeated: references and numbers as written,
 *   anything else wrapped in parentheses. Repeating an expression gives the same value (Excel
 *   evaluates it each time); the one exception, RAND, RANDBETWEEN and RANDARRAY, is refused. A
 *   formula longer than Excel's 8192 characters is refused.
 * - Element-wise IFs, never AND/OR on the arguments: an IKU call over ranges spills, and so does
 *   its plain formula (IF(B5:B9="","",...)) in dynamic-array Excel.
 * - Options (polaritas, metode, jenis, skala) must be literal: the formula's shape depends on
 *   them. An option in a cell gives ok:false; the caller offers values instead.
 * - Bounds of predikat / SAKIP are compared on ROUND(x,9), as the add-in removes float noise
 *   (R/T*100 = 90.00000000000001 is Tinggi, not Sangat Tinggi) with a spreadsheet's ROUND
 *   (65,0000000005 is above 65). A difference that cancels to float noise is 0 in the add-in
 *   (EFISIENSI selisih, TARGETANTARA; indicators/pembulatan.ts), and the formula says the same:
 *   IF(ABS(a-b)<=(ABS(a)+ABS(b))*1E-12,0,a-b).
 */
import { angka, efisiensi, kondisiAkhir, nilaiSakip, rataPertumbuhan } from "../indicators";
import {
  labelPredikat,
  parseMetode,
  parsePolaritas,
  parseSkala,
  SKALA_PREDIKAT,
  SKALA_SAKIP,
} from "../indicators";
import type { Hasil, MetodeNegatif, Polaritas, SkalaPredikat } from "../indicators";
import { toA1 } from "../grid";
import type { CellValue } from "../grid";
import { parseAngka, parseRentang } from "../numbers";
import type { Rentang } from "../numbers";
import { bacaArgumen, sebagaiOperand, tulisSel, ukuran } from "./argumen";
import type { Argumen, Referensi, Sel } from "./argumen";
import { alamatDari, angkaAtauGalat, jenisNilai, kunciTanda } from "./masukan";
import type { AlamatMasukan, BacaNilai, Jenis } from "./masukan";
import { excelString, tokenize } from "./tokenize";
import type { Token } from "./tokenize";

export type Pesan = { id: string; en: string };

export type PlainResult =
  | {
      ok: true;
      formula: string;
      /** Limits of an approximate rewrite the user should know (IKU.ANGKA on a cell, without `nilai`). */
      catatan?: Pesan[];
    }
  | { ok: false; reason: Pesan };

export type OpsiRumus = {
  /** The values of the cells references read now; see the module comment. */
  nilai?: BacaNilai;
};

/** The IKU functions this module rewrites (the names after "IKU."). */
export const FUNGSI_IKU = [
  "CAPAIAN",
  "PENURUNAN",
  "PERTUMBUHAN",
  "RATAPERTUMBUHAN",
  "KONDISIAKHIR",
  "SERAPAN",
  "EFISIENSI",
  "PREDIKAT",
  "NILAISAKIP",
  "TARGETANTARA",
  "ANGKA",
] as const;

export const PANJANG_MAKS = 8192;

const isIku = (t: Token): boolean => t.kind === "func" && /^IKU\./i.test(t.text);

/** True when the formula calls an IKU.* function (any case) outside string literals. */
export function hasIkuCall(formula: string): boolean {
  if (!formula.trimStart().startsWith("=")) return false;
  return tokenize(formula).some(isIku);
}

class Gagal extends Error {
  constructor(readonly reason: Pesan) {
    super(reason.en);
  }
}

const gagal = (id: string, en: string): never => {
  throw new Gagal({ id, en });
};

type Konteks = { catatan: Pesan[]; baca?: BacaNilai };

/** Rewrites every IKU.* call of a formula into plain Excel; see the module comment for the contract. */
export function toPlainFormula(formula: string, opsi: OpsiRumus = {}): PlainResult {
  if (!formula.trimStart().startsWith("=")) return { ok: true, formula };
  const tokens = tokenize(formula);
  if (!tokens.some(isIku)) return { ok: true, formula };
  try {
    if (tokens.some((t) => t.unterminated)) {
      gagal(
        "Rumus tidak dapat dibaca: ada teks, nama sheet, kurung siku atau larik yang tidak ditutup.",
        "The formula cannot be read: a text, sheet name, bracket or array constant is not closed (missing closing quote or bracket).",
      );
    }
    let depth = 0;
    for (const t of tokens) {
      if (t.kind === "open") depth++;
      if (t.kind === "close" && --depth < 0) break;
    }
    if (depth !== 0) {
      gagal(
        "Rumus tidak dapat dibaca: jumlah kurung buka dan tutup tidak sama.",
        "The formula cannot be read: its parentheses do not match.",
      );
    }
    const ctx: Konteks = { catatan: [] };
    if (opsi.nilai) ctx.baca = opsi.nilai;
    const out = tulisUlang(tokens, 0, tokens.length, ctx);
    if (out.length > PANJANG_MAKS) {
      gagal(
        `Rumus pengganti terlalu panjang (${out.length} karakter; Excel membatasi ${PANJANG_MAKS}). Pakai "nilai saja" untuk sel ini.`,
        `The replacement formula is too long (${out.length} characters; Excel allows ${PANJANG_MAKS}). Use "values only" for this cell.`,
      );
    }
    return ctx.catatan.length ? { ok: true, formula: out, catatan: ctx.catatan } : { ok: true, formula: out };
  } catch (e) {
    if (e instanceof Gagal) return { ok: false, reason: e.reason };
    throw e;
  }
}

/** Functions whose plain formula is added in Excel 2010 or later: a file names them with _xlfn. */
const FUNGSI_BARU = /^(?:NUMBERVALUE)$/i;

/**
 * A formula as an .xlsx file stores it: functions newer than Excel 2007 carry the _xlfn. prefix
 * (=NUMBERVALUE(...) is written _xlfn.NUMBERVALUE(...), or LibreOffice and older Excel show
 * #NAME?). Office.js takes the formula without it.
 */
export function rumusBerkas(formula: string): string {
  return tokenize(formula)
    .map((t) => (t.kind === "func" && FUNGSI_BARU.test(t.text) ? `_xlfn.${t.text.toUpperCase()}` : t.text))
    .join("");
}

/** Where a call's matching ")" is and where its top-level commas are. */
function bagiPanggilan(tokens: Token[], open: number, to: number): { close: number; cuts: number[] } {
  let depth = 0;
  const cuts: number[] = [open];
  for (let j = open; j < to; j++) {
    const k = (tokens[j] as Token).kind;
    if (k === "open") depth++;
    else if (k === "close" && --depth === 0) return { close: j, cuts: [...cuts, j] };
    else if (k === "comma" && depth === 1) cuts.push(j);
  }
  return { close: -1, cuts };
}

/** The IKU call that tokens[from, to) consist of (spaces aside), if they are exactly one. */
function panggilanIku(
  tokens: Token[],
  from: number,
  to: number,
): { nama: string; args: Argumen[] } | undefined {
  let a = from;
  let b = to;
  while (a < b && (tokens[a] as Token).kind === "space") a++;
  while (b > a && (tokens[b - 1] as Token).kind === "space") b--;
  if (a >= b || !isIku(tokens[a] as Token)) return undefined;
  const { close, cuts } = bagiPanggilan(tokens, a + 1, b);
  if (close !== b - 1) return undefined;
  const args: Argumen[] = [];
  for (let c = 0; c + 1 < cuts.length; c++) {
    const text = tokens
      .slice((cuts[c] as number) + 1, cuts[c + 1] as number)
      .map((t) => t.text)
      .join("");
    args.push(bacaArgumen(text));
  }
  return { nama: (tokens[a] as Token).text.slice(4).toUpperCase(), args };
}

/** What a rewritten argument was: one IKU call (its name, and whether it may spill). */
type Asal = { iku?: string; luas?: boolean };

function satuIku(tokens: Token[], from: number, to: number): Asal {
  const p = panggilanIku(tokens, from, to);
  if (!p) return {};
  const t = tumpahan(p.nama, p.args);
  return { iku: p.nama, luas: t === undefined || t.rows * t.cols > 1 };
}

/**
 * How many rows and columns a formula's result covers when the formula is one IKU call (it
 * spills over its element-wise range arguments); 1 x 1 for any other formula; undefined when
 * the call's arguments do not tell (an expression over ranges).
 */
export function ukuranHasil(formula: string): { rows: number; cols: number } | undefined {
  const tokens = tokenize(formula);
  const eq = tokens.findIndex((t) => t.kind !== "space");
  if (tokens[eq]?.text !== "=") return { rows: 1, cols: 1 };
  const p = panggilanIku(tokens, eq + 1, tokens.length);
  return p ? tumpahan(p.nama, p.args) : { rows: 1, cols: 1 };
}

/** Text of tokens[from, to) with every IKU call replaced. */
function tulisUlang(tokens: Token[], from: number, to: number, ctx: Konteks): string {
  let out = "";
  let i = from;
  while (i < to) {
    const t = tokens[i] as Token;
    if (!isIku(t)) {
      out += t.text;
      i++;
      continue;
    }
    // t is "IKU.NAME", tokens[i + 1] its "(": find the matching ")" and the top-level commas.
    const { close, cuts } = bagiPanggilan(tokens, i + 1, to);
    if (close < 0) {
      gagal("Kurung panggilan fungsi IKU tidak ditutup.", "An IKU function call is missing its ')'.");
    }
    const args: string[] = [];
    const asal: Asal[] = [];
    const empty = close === i + 2 || tokens.slice(i + 2, close).every((x) => x.kind === "space");
    if (!empty) {
      for (let c = 0; c + 1 < cuts.length; c++) {
        const [a, b] = [(cuts[c] as number) + 1, cuts[c + 1] as number];
        args.push(tulisUlang(tokens, a, b, ctx));
        asal.push(satuIku(tokens, a, b));
      }
    }
    const repl = ganti(t.text.slice(4).toUpperCase(), t.text, args, asal, ctx);
    // The whole formula ("=IKU.X(...)") takes the replacement as it is; inside an expression a
    // replacement that is not one function call or literal is parenthesised, so that
    // =IKU.CAPAIAN(91.35,82)^2 becomes =(91.35/82*100)^2 and not 91.35/82*100^2.
    const alone = from === 0 && i === 1 && close === to - 1 && tokens[0]?.text === "=";
    out += alone ? repl : sebagaiOperand(bacaArgumen(repl));
    i = close + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Operands and guards. A guard on a literal is decided now; otherwise it becomes an IF.

type Operand = {
  /** The argument as an operand: a reference or number as written, anything else in parentheses. */
  text: string;
  blank?: boolean;
  num?: number;
  /** Text numbers are present: read them with NUMBERVALUE, decimal comma ("id") or point. */
  konversi?: "id" | "titik";
  /** "No data" marks present, one text per mark (Excel's "=" ignores case). */
  tanda?: string[];
  /** It may hold an Excel error now (an error in the cell, or an expression). */
  galat?: boolean;
};
type Cond = string | boolean;

const NA = "#N/A";
const VALUE = "#VALUE!";
const DIV0 = "#DIV/0!";
const NUM = "#NUM!";
const BLANK = '""';
const VOLATILE = /^(?:_xlfn\.)?(?:RAND|RANDBETWEEN|RANDARRAY)$/i;
const NOL = "1E-12"; // indicators/pembulatan.ts NOL_RELATIF

function angkaLiteral(v: number): string {
  const s = String(v).toUpperCase();
  return v < 0 ? `(${s})` : s;
}

const P = (id: string, en = id): Pesan => ({ id, en });

/** A value quoted for a message: "A (84,35)", TRUE, #DIV/0!. */
function kutip(v: CellValue): string {
  if (typeof v === "string") return `"${v}"`;
  if (v !== null && typeof v === "object" && !(v instanceof Date)) return v.error;
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
}

/** The value and address of the first cell of `nilai` (read from `alamat`) that `cocok` picks. */
function selPertama(
  nilai: CellValue[][],
  alamat: AlamatMasukan,
  prefix: string,
  cocok: (v: CellValue) => boolean,
): { sel: string; v: CellValue } | undefined {
  for (let r = 0; r < nilai.length; r++) {
    const row = nilai[r] as CellValue[];
    for (let c = 0; c < row.length; c++) {
      if (cocok(row[c] as CellValue)) {
        return { sel: prefix + toA1(alamat.r1 + r, alamat.c1 + c), v: row[c] as CellValue };
      }
    }
  }
  return undefined;
}

const jenis =
  (j: Jenis) =>
  (v: CellValue): boolean =>
    jenisNilai(v) === j;

/** What the cells of a reference hold now, for a plain formula; refuses what it cannot read. */
function isiReferensi(
  a: Extract<Argumen, { kind: "referensi" }>,
  fungsi: string,
  baca: BacaNilai,
  luas: boolean,
): Pick<Operand, "konversi" | "tanda" | "galat"> {
  const alamat = alamatDari(a.ref);
  const nilai = alamat ? baca(alamat) : undefined;
  if (!alamat || !nilai) {
    return gagal(
      `IKU.${fungsi}: isi ${a.text} tidak dapat dibaca di sini (buku kerja atau lembar lain), jadi rumus biasa yang pasti sama tidak dapat dibuat.`,
      `IKU.${fungsi}: what ${a.text} holds cannot be read here (another workbook or sheet), so no plain formula can be shown to give the same value.`,
    );
  }
  const prefix = a.ref.prefix;
  const lain = selPertama(nilai, alamat, prefix, jenis("lain"));
  if (lain) {
    gagal(
      `IKU.${fungsi}: ${lain.sel} berisi ${kutip(lain.v)}; rumus biasa tidak membacanya seperti add-in.`,
      `IKU.${fungsi}: ${lain.sel} holds ${kutip(lain.v)}, which a plain formula does not read as the add-in does.`,
    );
  }
  const err = selPertama(nilai, alamat, prefix, jenis("galat"));
  if (err && luas) {
    gagal(
      `IKU.${fungsi}: ${err.sel} berisi galat ${kutip(err.v)}; add-in lalu menampilkan galat itu untuk seluruh rentang, rumus biasa per sel.`,
      `IKU.${fungsi}: ${err.sel} holds the error ${kutip(err.v)}; the add-in then shows that error for the whole range, a plain formula cell by cell.`,
    );
  }
  const id = selPertama(nilai, alamat, prefix, jenis("teks-id"));
  const titik = selPertama(nilai, alamat, prefix, jenis("teks-titik"));
  if (id && titik) {
    gagal(
      `IKU.${fungsi}: ${a.text} mencampur teks angka berkoma desimal (${id.sel} ${kutip(id.v)}) dan bertitik desimal (${titik.sel} ${kutip(titik.v)}); satu rumus biasa tidak membaca keduanya seperti add-in.`,
      `IKU.${fungsi}: ${a.text} mixes number text with a decimal comma (${id.sel} ${kutip(id.v)}) and with a decimal point (${titik.sel} ${kutip(titik.v)}); one plain formula cannot read both as the add-in does.`,
    );
  }
  const tanda = new Map<string, string>();
  for (const row of nilai) {
    for (const v of row) if (typeof v === "string" && jenisNilai(v) === "tanda") tanda.set(kunciTanda(v), v);
  }
  const out: Pick<Operand, "konversi" | "tanda" | "galat"> = {};
  if (id) out.konversi = "id";
  if (titik) out.konversi = "titik";
  if (tanda.size) out.tanda = [...tanda.values()];
  if (err) out.galat = true;
  return out;
}

/** A numeric parameter: what the add-in reads as a number, a blank or (refused) anything else. */
function operand(a: Argumen, nama: Pesan, fungsi: string, ctx: Konteks, asal: Asal = {}): Operand {
  switch (a.kind) {
    case "kosong":
      return { text: BLANK, blank: true };
    case "angka":
      return { text: sebagaiOperand(a), num: a.value };
    case "teks": {
      const n = parseAngka(a.value);
      if (n.kind === "kosong") return { text: BLANK, blank: true };
      if (n.kind === "angka") return { text: angkaLiteral(n.value), num: n.value };
      return gagal(
        `IKU.${fungsi}: ${nama.id} berisi teks ${a.text}, bukan angka; add-in menjawabnya dengan galat. Perbaiki argumennya dulu.`,
        `IKU.${fungsi}: the ${nama.en} is the text ${a.text}, not a number; the add-in answers with an error. Fix the argument first.`,
      );
    }
    case "logika":
    case "galat":
      return gagal(
        `IKU.${fungsi}: ${nama.id} berisi ${a.text}, bukan angka; add-in menjawabnya dengan galat. Perbaiki argumennya dulu.`,
        `IKU.${fungsi}: the ${nama.en} is ${a.text}, not a number; the add-in answers with an error. Fix the argument first.`,
      );
    case "referensi": {
      const o: Operand = { text: sebagaiOperand(a) };
      if (!ctx.baca) return o;
      const size = ukuran(a.ref);
      return { ...o, ...isiReferensi(a, fungsi, ctx.baca, !size || size.rows * size.cols > 1) };
    }
    case "larik":
      if (!ctx.baca || a.value.flat().every((v) => typeof v === "number")) return { text: a.text };
      return tidakDiketahui(a, nama, fungsi);
    case "ekspresi":
      if (a.tokens.some((t) => t.kind === "func" && VOLATILE.test(t.text))) {
        gagal(
          `IKU.${fungsi}: ${nama.id} memakai RAND/RANDBETWEEN; rumus biasa memakainya lebih dari sekali sehingga hasilnya bisa berbeda. Pakai "nilai saja".`,
          `IKU.${fungsi}: the ${nama.en} uses RAND/RANDBETWEEN; the plain formula uses it more than once, so the result could differ. Use "values only".`,
        );
      }
      if (!ctx.baca) return { text: sebagaiOperand(a) };
      // A nested IKU call gives a number, "" or an error; so does arithmetic on cells.
      if (
        (asal.iku && !/^(?:PREDIKAT|NILAISAKIP)$/.test(asal.iku) && !asal.luas) ||
        angkaAtauGalat(a.tokens)
      ) {
        return { text: sebagaiOperand(a), galat: true };
      }
      return tidakDiketahui(a, nama, fungsi);
    default:
      return ctx.baca ? tidakDiketahui(a, nama, fungsi) : { text: sebagaiOperand(a) };
  }
}

function tidakDiketahui(a: Argumen, nama: Pesan, fungsi: string): never {
  return gagal(
    `IKU.${fungsi}: ${nama.id} ${a.text} adalah nama atau rumus yang nilainya tidak dapat dipastikan angka, jadi rumus biasa yang pasti sama tidak dapat dibuat.`,
    `IKU.${fungsi}: the ${nama.en} ${a.text} is a name or formula whose value cannot be known to be a number, so no plain formula can be shown to give the same value.`,
  );
}

const known = (o: Operand): number | undefined => (o.blank ? 0 : o.num);

/** The operand as a number: text numbers read the way the add-in reads them. */
function nilaiAngka(o: Operand): string {
  if (!o.konversi) return o.text;
  const [d, g] = o.konversi === "id" ? [",", "."] : [".", ","];
  const x = o.text;
  return `IF(ISNUMBER(${x}),${x},NUMBERVALUE(SUBSTITUTE(${x},"%",""),"${d}","${g}"))`;
}

function kosong(o: Operand): Cond {
  if (o.blank) return true;
  if (o.num !== undefined) return false;
  return `${o.text}=""`;
}

function banding(o: Operand, op: "<" | "<=" | ">" | ">=" | "=", k: number): Cond {
  const v = known(o);
  if (v !== undefined) {
    return op === "<" ? v < k : op === "<=" ? v <= k : op === ">" ? v > k : op === ">=" ? v >= k : v === k;
  }
  return `${nilaiAngka(o)}${op}${angkaLiteral(k)}`;
}

function bandingOperand(a: Operand, op: "<" | ">" | ">=", b: Operand): Cond {
  const x = known(a);
  const y = known(b);
  if (x !== undefined && y !== undefined) return op === "<" ? x < y : op === ">" ? x > y : x >= y;
  if (y !== undefined) return banding(a, op, y);
  return `${nilaiAngka(a)}${op}${nilaiAngka(b)}`;
}

function bukanBulat(o: Operand): Cond {
  const v = known(o);
  if (v !== undefined) return !Number.isInteger(v);
  const x = nilaiAngka(o);
  return `${x}<>INT(${x})`;
}

function jika(c: Cond, then: string, otherwise: string): string {
  if (c === true) return then;
  if (c === false) return otherwise;
  return `IF(${c},${then},${otherwise})`;
}

/** a+b (or a-b), 0 when it cancels to float noise, as the add-in computes it (pembulatan.jumlahRapi). */
function jumlahRapi(a: string, op: "+" | "-", b: string): string {
  return `IF(ABS(${a}${op}${b})<=(ABS(${a})+ABS(${b}))*${NOL},0,${a}${op}${b})`;
}

/** The test "x holds one of the marks present", element-wise; undefined when no mark is present. */
function tesTanda(x: string, tanda: string[] | undefined): string | undefined {
  if (!tanda?.length) return undefined;
  const tes = tanda.map((t) => `${x}=${excelString(t)}`);
  return tes.length === 1 ? (tes[0] as string) : tes.map((t) => `(${t})`).join("+");
}

type Param = { o: Operand; jikaKosong: "kosong" | "tidak-tersedia" };

/**
 * The reading of numeric arguments in the add-in's order (core/indicators/argumen.ts): an error
 * in an argument first (Excel does not call the function), then a blank measured argument (""),
 * a "no data" mark (#N/A), a blank reference argument (#N/A); `isi` is the rest.
 */
function bacaan(params: Param[], isi: string): string {
  let f = isi;
  for (const p of [...params].reverse()) if (p.jikaKosong === "tidak-tersedia") f = jika(kosong(p.o), NA, f);
  const tanda = params.map((p) => tesTanda(p.o.text, p.o.tanda)).filter((t): t is string => !!t);
  if (tanda.length)
    f = jika(tanda.length === 1 ? (tanda[0] as string) : tanda.map((t) => `(${t})`).join("+"), NA, f);
  for (const p of [...params].reverse()) if (p.jikaKosong === "kosong") f = jika(kosong(p.o), BLANK, f);
  // The first blank test reads its operand, so an error there comes out anyway; any other error
  // needs its own test, and then all of them in argument order (the first argument's error wins).
  const pertama = params.find((p) => p.jikaKosong === "kosong" && typeof kosong(p.o) === "string");
  const galat = params.filter((p) => p.o.galat);
  if (galat.length && !(galat.length === 1 && galat[0] === pertama)) {
    for (const p of [...galat].reverse()) f = `IF(ISERROR(${p.o.text}),${p.o.text},${f})`;
  }
  return f;
}

// ---------------------------------------------------------------------------------------------
// Options: literal words decided now, with the add-in's own parsers.

function opsiLiteral(a: Argumen | undefined, nama: Pesan, fungsi: string): unknown {
  if (a === undefined || a.kind === "kosong") return undefined;
  if (a.kind === "teks" || a.kind === "angka" || a.kind === "logika") return a.value;
  return gagal(
    `IKU.${fungsi}: ${nama.id} diambil dari ${a.text}, bukan ditulis langsung, jadi rumus penggantinya tidak dapat ditentukan sekarang. Tulis ${nama.id} langsung di rumus (misalnya "negatif") atau pakai "nilai saja".`,
    `IKU.${fungsi}: the ${nama.en} comes from ${a.text} instead of being written in the formula, so the replacement formula cannot be chosen now. Write the ${nama.en} in the formula (e.g. "negatif") or use "values only".`,
  );
}

function dariHasil<T>(h: Hasil<T> | undefined, fungsi: string): T | undefined {
  if (h === undefined) return undefined;
  if (h.ok) return h.value;
  if (h.error === "kosong") return undefined;
  return gagal(`IKU.${fungsi}: ${h.pesan.id}`, `IKU.${fungsi}: ${h.pesan.en}`);
}

/** The method name a core calculation reports for a literal option (its aliases included). */
function metodeDari(h: Hasil<number>, fungsi: string): string {
  if (h.ok) return h.metode as string;
  if (h.error === "kosong") return "";
  return gagal(`IKU.${fungsi}: ${h.pesan.id}`, `IKU.${fungsi}: ${h.pesan.en}`);
}

// ---------------------------------------------------------------------------------------------
// A single row or column range, for the functions that take a run of yearly values.

type Deret = {
  ref: Referensi;
  text: string;
  panjang: number;
  awal?: string;
  akhir?: string;
} & Pick<Operand, "konversi" | "tanda">;

function deret(a: Argumen, fungsi: string, bolehPenuh: boolean, ctx: Konteks): Deret {
  const tolak = (): never =>
    gagal(
      `IKU.${fungsi}: rumus biasa hanya dapat dibuat untuk rentang satu baris atau satu kolom yang ditulis langsung (misalnya B5:F5), bukan ${a.text || "argumen kosong"}. Pakai "nilai saja".`,
      `IKU.${fungsi}: a plain formula can only be built for a single row or column range written in the formula (e.g. B5:F5), not ${a.text || "an empty argument"}. Use "values only".`,
    );
  if (a.kind !== "referensi") return tolak();
  const ref = a.ref;
  // An error anywhere in the run is the add-in's answer for the whole call: refused with the rest.
  const isi = ctx.baca ? isiReferensi(a, fungsi, ctx.baca, true) : {};
  if (ref.kind === "kolom-penuh" || ref.kind === "baris-penuh") {
    if (!bolehPenuh) return tolak();
    if (isi.konversi || isi.tanda) {
      gagal(
        `IKU.${fungsi}: ${a.text} berisi teks angka atau tanda "-"/"NA"; rumus biasa membacanya hanya pada rentang berbatas (misalnya F9:J9), tidak pada seluruh kolom atau baris.`,
        `IKU.${fungsi}: ${a.text} holds number text or "-"/"NA" marks; a plain formula reads those only over a bounded range (e.g. F9:J9), not a whole column or row.`,
      );
    }
    return { ref, text: a.text, panjang: Infinity };
  }
  const size = ukuran(ref) as { rows: number; cols: number };
  if (size.rows > 1 && size.cols > 1) return tolak();
  const panjang = Math.max(size.rows, size.cols);
  if (ref.kind !== "area" || panjang < 2) return { ref, text: a.text, panjang, ...isi };
  // Top-left and bottom-right corners, each coordinate with the "$" it was written with.
  const [c1, c2] = ref.a.col <= ref.b.col ? [ref.a, ref.b] : [ref.b, ref.a];
  const [r1, r2] = ref.a.row <= ref.b.row ? [ref.a, ref.b] : [ref.b, ref.a];
  const tl: Sel = { col: c1.col, colAbs: c1.colAbs, row: r1.row, rowAbs: r1.rowAbs };
  const br: Sel = { col: c2.col, colAbs: c2.colAbs, row: r2.row, rowAbs: r2.rowAbs };
  const baris = size.rows === 1;
  const geser = (s: Sel, d: number): Sel => (baris ? { ...s, col: s.col + d } : { ...s, row: s.row + d });
  const rentang = (x: Sel, y: Sel): string =>
    ref.prefix + (x.col === y.col && x.row === y.row ? tulisSel(x) : `${tulisSel(x)}:${tulisSel(y)}`);
  // awal: every year but the last (X(n-1)); akhir: every year but the first (X(n)).
  return {
    ref,
    text: a.text,
    panjang,
    awal: rentang(tl, geser(br, -1)),
    akhir: rentang(geser(tl, 1), br),
    ...isi,
  };
}

/** The values of a run as numbers, element-wise (text read as the add-in reads it). */
function angkaDeret(r: string, d: Pick<Operand, "konversi">): string {
  return nilaiAngka({ text: r, ...(d.konversi ? { konversi: d.konversi } : {}) });
}

// ---------------------------------------------------------------------------------------------

const ARGUMEN: Record<string, [number, number]> = {
  CAPAIAN: [2, 4],
  PENURUNAN: [2, 2],
  PERTUMBUHAN: [2, 2],
  RATAPERTUMBUHAN: [1, 2],
  KONDISIAKHIR: [1, 2],
  SERAPAN: [2, 2],
  EFISIENSI: [2, 3],
  PREDIKAT: [1, 2],
  NILAISAKIP: [1, 1],
  TARGETANTARA: [5, 5],
  ANGKA: [1, 1],
};

/**
 * The arguments each custom function maps cell by cell (src/functions/functions.ts; checked in
 * test/functions/customFunctions.test.ts): they decide the spill. The others take the whole value.
 */
export const ARGUMEN_PER_SEL: Readonly<Record<string, readonly number[]>> = {
  CAPAIAN: [0, 1],
  PENURUNAN: [0, 1],
  PERTUMBUHAN: [0, 1],
  SERAPAN: [0, 1],
  EFISIENSI: [0, 1],
  PREDIKAT: [0],
  NILAISAKIP: [0],
  TARGETANTARA: [4],
  ANGKA: [0],
};

/**
 * How many rows and columns an IKU call's result covers (it spills over the size of its
 * element-wise range arguments); undefined when that cannot be told from the arguments.
 */
function tumpahan(nama: string, args: Argumen[]): { rows: number; cols: number } | undefined {
  const idx = ARGUMEN_PER_SEL[nama.toUpperCase()];
  if (!idx) return { rows: 1, cols: 1 };
  let out = { rows: 1, cols: 1 };
  for (const i of idx) {
    const a = args[i];
    if (!a) continue;
    let s: { rows: number; cols: number } | undefined = { rows: 1, cols: 1 };
    if (a.kind === "referensi") s = ukuran(a.ref);
    else if (a.kind === "larik") s = { rows: a.value.length, cols: a.value[0]?.length ?? 1 };
    else if (a.kind === "ekspresi" || a.kind === "nama") s = undefined;
    if (!s) return undefined;
    if (s.rows * s.cols > 1) out = s;
  }
  return out;
}

function ganti(nama: string, asli: string, argText: string[], asal: Asal[], ctx: Konteks): string {
  const batas = ARGUMEN[nama];
  if (!batas) {
    return gagal(
      `${asli} bukan fungsi IKU yang dikenal, jadi tidak ada rumus biasa penggantinya.`,
      `${asli} is not a known IKU function, so there is no plain formula for it.`,
    );
  }
  if (argText.length < batas[0] || argText.length > batas[1]) {
    const n = batas[0] === batas[1] ? `${batas[0]}` : `${batas[0]}-${batas[1]}`;
    gagal(
      `IKU.${nama} menerima ${n} argumen, rumus ini memberinya ${argText.length}.`,
      `IKU.${nama} takes ${n} arguments; this formula gives it ${argText.length}.`,
    );
  }
  const a = argText.map(bacaArgumen);
  const arg = (i: number): Argumen => a[i] ?? { kind: "kosong", text: "" };
  const op = (i: number, n: Pesan): Operand => operand(arg(i), n, nama, ctx, asal[i]);
  const A = nilaiAngka;

  switch (nama) {
    case "CAPAIAN":
      return capaian(a, asal, nama, ctx);
    case "PENURUNAN":
    case "PERTUMBUHAN": {
      const x0 = op(0, P("nilai tahun sebelumnya", "previous year's value"));
      const x1 = op(1, P("nilai tahun berjalan", "current year's value"));
      const rumus =
        nama === "PENURUNAN" ? `(${A(x0)}-${A(x1)})/${A(x0)}*100` : `(${A(x1)}-${A(x0)})/${A(x0)}*100`;
      return bacaan(
        [
          { o: x0, jikaKosong: "tidak-tersedia" },
          { o: x1, jikaKosong: "kosong" },
        ],
        jika(banding(x0, "<", 0), VALUE, jika(banding(x1, "<", 0), VALUE, rumus)),
      );
    }
    case "SERAPAN": {
      const r = op(0, P("realisasi anggaran", "budget realisation"));
      const p = op(1, P("pagu"));
      return bacaan(
        [
          { o: r, jikaKosong: "kosong" },
          { o: p, jikaKosong: "tidak-tersedia" },
        ],
        jika(banding(r, "<", 0), VALUE, jika(banding(p, "<", 0), VALUE, `${A(r)}/${A(p)}*100`)),
      );
    }
    case "EFISIENSI": {
      const m = opsiLiteral(a[2], P("metode"), nama);
      const metode = metodeDari(efisiensi(100, 100, m as never), nama);
      const c = op(0, P("capaian kinerja", "performance achievement"));
      const s = op(1, P("serapan anggaran", "budget absorption"));
      const rumus =
        metode === "rasio" ? `${A(c)}/${A(s)}*100` : known(s) === 0 ? A(c) : jumlahRapi(A(c), "-", A(s));
      return bacaan(
        [
          { o: c, jikaKosong: "kosong" },
          { o: s, jikaKosong: "kosong" },
        ],
        jika(banding(s, "<", 0), VALUE, rumus),
      );
    }
    case "TARGETANTARA": {
      const aw = op(0, P("kondisi awal", "starting condition"));
      const ak = op(1, P("kondisi akhir", "final condition"));
      const t0 = op(2, P("tahun awal", "starting year"));
      const t1 = op(3, P("tahun akhir", "final year"));
      const t = op(4, P("tahun", "year"));
      const d = `(${A(ak)}-${A(aw)})*(${A(t)}-${A(t0)})/(${A(t1)}-${A(t0)})`;
      let f = known(aw) === 0 ? d : jumlahRapi(A(aw), "+", d);
      f = jika(bandingOperand(t, ">", t1), NUM, f);
      f = jika(bandingOperand(t, "<", t0), NUM, f);
      f = jika(bandingOperand(t0, ">=", t1), VALUE, f);
      f = jika(bukanBulat(t), VALUE, f);
      f = jika(bukanBulat(t1), VALUE, f);
      f = jika(bukanBulat(t0), VALUE, f);
      return bacaan(
        [
          { o: aw, jikaKosong: "tidak-tersedia" },
          { o: ak, jikaKosong: "tidak-tersedia" },
          { o: t0, jikaKosong: "tidak-tersedia" },
          { o: t1, jikaKosong: "tidak-tersedia" },
          { o: t, jikaKosong: "kosong" },
        ],
        f,
      );
    }
    case "PREDIKAT":
      return predikat(a, asal, nama, ctx);
    case "NILAISAKIP": {
      const x = arg(0);
      if (x.kind === "teks") return statis(nilaiSakip(x.value), nama);
      const n = op(0, P("nilai SAKIP", "SAKIP score"));
      return bacaan(
        [{ o: n, jikaKosong: "kosong" }],
        jika(banding(n, "<", 0), NUM, jika(banding(n, ">", 100), NUM, pita(n, SKALA_SAKIP))),
      );
    }
    case "ANGKA": {
      const x = arg(0);
      if (x.kind === "teks") return statis(angka(x.value), nama);
      if (x.kind === "angka") return sebagaiOperand(x);
      const o = op(0, P("teks", "text"));
      if (ctx.baca) return bacaan([{ o, jikaKosong: "kosong" }], A(o));
      const v = o.text;
      ctx.catatan.push({
        id: `IKU.ANGKA(${x.text}) diganti NUMBERVALUE: koma desimal dan titik ribuan dibaca benar ("11.653", "6,12", "12,5%"), tetapi teks berlabel ("A (84,35)"), "Rp ...", tanda "-"/"NA" menjadi #VALUE!, dan titik desimal ("11.60") terbaca 1160.`,
        en: `IKU.ANGKA(${x.text}) became NUMBERVALUE: decimal commas and thousands dots read right ("11.653", "6,12", "12,5%"), but labelled text ("A (84,35)"), "Rp ...", "-"/"NA" marks give #VALUE!, and a decimal point ("11.60") reads as 1160.`,
      });
      return `IF(TRIM(${v})="","",IF(ISNUMBER(${v}),${v},NUMBERVALUE(SUBSTITUTE(${v},"%",""),",",".")))`;
    }
    case "KONDISIAKHIR":
      return kondisiAkhirRumus(a, nama, ctx);
    case "RATAPERTUMBUHAN":
      return rataPertumbuhanRumus(a, nama, ctx);
  }
  /* istanbul ignore next -- every name of ARGUMEN is handled above */
  return gagal(`IKU.${nama} belum didukung.`, `IKU.${nama} is not supported yet.`);
}

/** A call on literal text decided now, with the add-in's own calculation. */
function statis(h: Hasil<number | string>, fungsi: string): string {
  if (h.ok) return typeof h.value === "number" ? angkaLiteral(h.value) : excelString(h.value);
  if (h.error === "kosong") return BLANK;
  return gagal(`IKU.${fungsi}: ${h.pesan.id}`, `IKU.${fungsi}: ${h.pesan.en}`);
}

/** Nested IFs over a scale's bands, highest first; a literal value is labelled now. */
function pita(o: Operand, skala: SkalaPredikat): string {
  const v = known(o);
  if (v !== undefined) return excelString(labelPredikat(v, skala));
  const rel = skala.inklusif ? ">=" : ">";
  let f = excelString(skala.terendah);
  for (let i = skala.batas.length - 1; i >= 0; i--) {
    const b = skala.batas[i] as SkalaPredikat["batas"][number];
    f = `IF(ROUND(${nilaiAngka(o)},9)${rel}${angkaLiteral(b.lebihDari)},${excelString(b.label)},${f})`;
  }
  return f;
}

function predikat(a: Argumen[], asal: Asal[], nama: string, ctx: Konteks): string {
  const s = a[1];
  let skala: SkalaPredikat = SKALA_PREDIKAT.permendagri86;
  if (s !== undefined && s.kind !== "kosong") {
    let x: unknown;
    if (s.kind === "teks" || s.kind === "angka" || s.kind === "logika") x = s.value;
    else if (s.kind === "larik") x = s.value.map((row) => row.map((c) => (c === null ? "" : c)));
    else {
      gagal(
        `IKU.PREDIKAT: skala ${s.text} berupa rentang atau rumus; rumus biasa hanya dapat dibuat untuk nama skala (permendagri86, lkjip, berhasil) atau larik konstanta. Pakai "nilai saja".`,
        `IKU.PREDIKAT: the scale ${s.text} is a range or formula; a plain formula can only be built for a scale name (permendagri86, lkjip, berhasil) or an array constant. Use "values only".`,
      );
    }
    skala = dariHasil(parseSkala(x), nama) ?? skala;
  }
  const c = operand(a[0] ?? { kind: "kosong", text: "" }, P("capaian", "achievement"), nama, ctx, asal[0]);
  return bacaan([{ o: c, jikaKosong: "kosong" }], pita(c, skala));
}

/** The capaian of r against t (numbers by now), for a polarity and method: the add-in's `hitung`. */
function hitungCapaian(r: Operand, t: Operand, pol: Polaritas, met: MetodeNegatif): string {
  const [R, T] = [nilaiAngka(r), nilaiAngka(t)];
  if (pol === "positif") return `${R}/${T}*100`;
  if (met === "refleksi") {
    // T = 0 and R = 0 is achieved (100); T = 0 otherwise cannot be computed.
    return jika(banding(t, "=", 0), jika(banding(r, "=", 0), "100", DIV0), `(2*${T}-${R})/${T}*100`);
  }
  return jika(
    banding(r, "=", 0),
    jika(banding(t, "=", 0), "100", DIV0),
    jika(banding(r, "<", 0), NUM, `${T}/${R}*100`),
  );
}

function capaian(a: Argumen[], asal: Asal[], nama: string, ctx: Konteks): string {
  const pol = (dariHasil(parsePolaritas(opsiLiteral(a[2], P("polaritas", "polarity"), nama)), nama) ??
    "positif") as Polaritas;
  const met = (dariHasil(parseMetode(opsiLiteral(a[3], P("metode", "method"), nama)), nama) ??
    "refleksi") as MetodeNegatif;
  const target = a[1] as Argumen;
  if (target.kind === "teks") {
    const rentang = parseRentang(target.value);
    if (rentang) return capaianRentang(a[0] as Argumen, asal[0], target.text, rentang, pol, met, ctx);
  }
  if (target.kind === "referensi" && ctx.baca) {
    // A range "80 - 90" in a cell: the bounds would have to be taken apart from the text.
    const alamat = alamatDari(target.ref);
    const nilai = alamat ? ctx.baca(alamat) : undefined;
    const sel = alamat && nilai && selPertama(nilai, alamat, target.ref.prefix, (v) => !!parseRentang(v));
    if (sel) {
      gagal(
        `IKU.CAPAIAN: target ${sel.sel} berisi rentang ${kutip(sel.v)}; rumus biasa hanya menghitung target rentang yang ditulis langsung di rumus.`,
        `IKU.CAPAIAN: the target ${sel.sel} holds the range ${kutip(sel.v)}; a plain formula only handles a range target written in the formula.`,
      );
    }
  }
  const r = operand(a[0] as Argumen, P("realisasi", "realisation"), nama, ctx, asal[0]);
  const t = operand(target, P("target"), nama, ctx, asal[1]);
  return bacaan(
    [
      { o: r, jikaKosong: "kosong" },
      { o: t, jikaKosong: "tidak-tersedia" },
    ],
    jika(banding(t, "<", 0), VALUE, hitungCapaian(r, t, pol, met)),
  );
}

/**
 * A range target written in the formula ("80 - 90"): inside the range 100, above it against the
 * upper bound, below it against the lower bound (core/indicators/capaian.ts). The bounds are
 * checked first, as the add-in does, so a reversed range is refused like any other error.
 */
function capaianRentang(
  realisasi: Argumen,
  asal: Asal | undefined,
  teks: string,
  { bawah, atas }: Rentang,
  pol: Polaritas,
  met: MetodeNegatif,
  ctx: Konteks,
): string {
  if (bawah < 0 || bawah > atas) {
    gagal(
      `IKU.CAPAIAN: target rentang ${teks} terbalik atau bertanda negatif; add-in menjawabnya dengan #VALUE!. Perbaiki targetnya dulu.`,
      `IKU.CAPAIAN: the range target ${teks} is reversed or negative; the add-in answers with #VALUE!. Fix the target first.`,
    );
  }
  const r = operand(realisasi, P("realisasi", "realisation"), "CAPAIAN", ctx, asal);
  const R = nilaiAngka(r);
  const lo: Operand = { text: angkaLiteral(bawah), num: bawah };
  const hi: Operand = { text: angkaLiteral(atas), num: atas };
  const v = known(r);
  const isi =
    v !== undefined
      ? v >= bawah && v <= atas
        ? "100"
        : hitungCapaian(r, v > atas ? hi : lo, pol, met)
      : `IF((${R}>=${lo.text})*(${R}<=${hi.text}),100,IF(${R}>${hi.text},${hitungCapaian(r, hi, pol, met)},${hitungCapaian(r, lo, pol, met)}))`;
  return bacaan([{ o: r, jikaKosong: "kosong" }], isi);
}

function kondisiAkhirRumus(a: Argumen[], nama: string, ctx: Konteks): string {
  const jenis = metodeDari(kondisiAkhir([1], opsiLiteral(a[1], P("jenis"), nama) as never), nama);
  const d = deret(a[0] ?? { kind: "kosong", text: "" }, nama, true, ctx);
  const r = d.text;
  if (!d.konversi && !d.tanda) {
    const isi =
      jenis === "jumlah"
        ? `SUM(${r})`
        : jenis === "rata-rata"
          ? `AVERAGE(${r})`
          : `LOOKUP(2,1/(${r}<>""),${r})`;
    return `IF(COUNT(${r})=0,"",${isi})`;
  }
  // Text numbers or marks present: the last non-blank cell decides (akhir), or a mark anywhere is
  // #N/A and the text numbers count (jumlah, rata-rata).
  const terisi = `SUMPRODUCT((${r}<>"")*1)`;
  if (jenis === "akhir") {
    const L = `LOOKUP(2,1/(${r}<>""),${r})`;
    const tanda = tesTanda(L, d.tanda);
    return `IF(${terisi}=0,"",${tanda ? jika(tanda, NA, angkaDeret(L, d)) : angkaDeret(L, d)})`;
  }
  const jumlah = d.konversi ? `SUMPRODUCT(IF(${r}="",0,${angkaDeret(r, d)}))` : `SUM(${r})`;
  const isi = `IF(${terisi}=0,"",${jenis === "jumlah" ? jumlah : `${jumlah}/${terisi}`})`;
  const tanda = tesTanda(r, d.tanda);
  return tanda ? `IF(SUMPRODUCT((${tanda})*1)>0,${NA},${isi})` : isi;
}

function rataPertumbuhanRumus(a: Argumen[], nama: string, ctx: Konteks): string {
  const metode = metodeDari(rataPertumbuhan([1, 2], opsiLiteral(a[1], P("metode"), nama) as never), nama);
  const d = deret(a[0] ?? { kind: "kosong", text: "" }, nama, false, ctx);
  const r = d.text;
  if (d.awal === undefined || d.akhir === undefined) {
    // One cell: blank -> "", anything else fewer than two values -> #N/A.
    return d.konversi || d.tanda ? `IF(${r}="","",${NA})` : `IF(COUNT(${r})=0,"",${NA})`;
  }
  const [p, c] = [d.awal, d.akhir];
  if (!d.konversi && !d.tanda) {
    const hitung =
      metode === "geometrik"
        ? `IF(MIN(${r})<=0,${NUM},((LOOKUP(2,1/ISNUMBER(${r}),${r})/INDEX(${r},MATCH(TRUE,INDEX(ISNUMBER(${r}),0),0)))^(1/(COUNT(${r})-1))-1)*100)`
        : `IF(MIN(${r})<0,${VALUE},SUMPRODUCT(IF(ISNUMBER(${p})*ISNUMBER(${c}),(${c}-${p})/${p},0))/(COUNT(${r})-1)*100)`;
    // Blank years at either end are skipped; a gap between two values is #N/A, as in the add-in:
    // the values form one unbroken run exactly when the adjacent numeric pairs number COUNT-1.
    return `IF(COUNT(${r})=0,"",IF(COUNT(${r})<2,${NA},IF(SUMPRODUCT(ISNUMBER(${p})*ISNUMBER(${c}))<>COUNT(${r})-1,${NA},${hitung})))`;
  }
  // Text numbers or marks present. A value is a cell that is neither blank nor a mark; marks at
  // either end are dropped like blanks, one inside the run breaks it (#N/A).
  const ada = (x: string): string => {
    const tanda = tesTanda(x, d.tanda);
    return tanda ? `((${x}<>"")-(${tanda}))` : `((${x}<>"")*1)`;
  };
  const V = (x: string): string => angkaDeret(x, d);
  const n = `SUMPRODUCT(${ada(r)})`;
  const min = `MIN(IF(${ada(r)},${V(r)},""))`;
  const hitung =
    metode === "geometrik"
      ? `IF(${min}<=0,${NUM},((LOOKUP(2,1/${ada(r)},${V(r)})/INDEX(${V(r)},MATCH(1,${ada(r)},0)))^(1/(${n}-1))-1)*100)`
      : `IF(${min}<0,${VALUE},SUMPRODUCT(IF(${ada(p)}*${ada(c)},(${V(c)}-${V(p)})/${V(p)},0))/(${n}-1)*100)`;
  return `IF(SUMPRODUCT((${r}<>"")*1)=0,"",IF(${n}<2,${NA},IF(SUMPRODUCT(${ada(p)}*${ada(c)})<>${n}-1,${NA},${hitung})))`;
}
