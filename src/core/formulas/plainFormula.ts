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
 *
 * This module finds the calls and dispatches them; each function's rewrite is part of its
 * definition (src/functions/definitions/<name>.ts), written with the shared parts of operand.ts,
 * and the caller passes the functions it knows (`DaftarRumus`; src/functions/rumusBiasa.ts binds
 * them).
 */
import type { Argumen } from "./argumenPanggilan";
import { bacaArgumen, sebagaiOperand, ukuran } from "./argumenPanggilan";
import type { BacaNilai } from "./masukan";
import type { Asal, Deret, Konteks, Operand, Pesan } from "./operand";
import { deret, Gagal, gagal, opsiLiteral, operand } from "./operand";
import { tokenize } from "./tokenize";
import type { Token } from "./tokenize";

export type { Pesan } from "./operand";

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

/**
 * How a custom function reads a parameter (src/functions/functions.ts binds it so; functions.json
 * says so to Excel):
 * - "per-sel": a number read cell by cell; a range spills one result per cell;
 * - "nilai": one value, not mapped;
 * - "deret": a run of yearly values (one row or column), read in order;
 * - "pilihan": an option word ("negatif", "rasio"); a plain formula needs it written literally;
 * - "skala": a scale name or a two-column table (bound, label).
 */
export type JenisParameter = "per-sel" | "nilai" | "deret" | "pilihan" | "skala";

export type ParameterRumus = {
  readonly nama: string;
  readonly opsional?: boolean;
  readonly jenis: JenisParameter;
};

/** One IKU call being rewritten: its arguments and the reading of each as the add-in reads it. */
export type Panggilan = {
  /** The function's name after "IKU.", upper case. */
  readonly fungsi: string;
  /** The arguments as written (IKU calls inside them already rewritten). */
  readonly args: readonly Argumen[];
  /** Argument i, or an omitted one. */
  arg(i: number): Argumen;
  /** Argument i as a number operand (see operand.ts); `label` names it in a refusal. */
  angka(i: number, label: Pesan): Operand;
  /** Argument i as a literal option, or undefined when omitted; refused when it is not literal. */
  pilihan(i: number, label: Pesan): unknown;
  /** Argument i as a run of yearly values; `bolehPenuh`: a whole column or row is allowed. */
  deret(i: number, bolehPenuh: boolean): Deret;
  /** The cells' values, when known (`OpsiRumus.nilai`). */
  readonly baca?: BacaNilai;
  /** Adds a limit of an approximate rewrite the user should know. */
  catat(p: Pesan): void;
};

/** What the rewriter needs of a function: its name, its parameters and its plain-Excel rewrite. */
export type FungsiRumus = {
  readonly nama: string;
  readonly parameter: readonly ParameterRumus[];
  /** The plain formula for one call; calls `gagal` (throws) when none can be promised. */
  rumus(p: Panggilan): string;
};

/** The functions the rewriter knows, by name (src/functions/definitions builds it). */
export type DaftarRumus = Readonly<Record<string, FungsiRumus>>;

/** The element-wise parameters of a function (they decide the spill): its "per-sel" ones. */
export const argumenPerSel = (f: FungsiRumus): number[] =>
  f.parameter.flatMap((p, i) => (p.jenis === "per-sel" ? [i] : []));

/** How many arguments a function takes: [required, all]. */
export const jumlahArgumen = (f: FungsiRumus): [number, number] => [
  f.parameter.filter((p) => !p.opsional).length,
  f.parameter.length,
];

export const PANJANG_MAKS = 8192;

const isIku = (t: Token): boolean => t.kind === "func" && /^IKU\./i.test(t.text);

/** True when the formula calls an IKU.* function (any case) outside string literals. */
export function hasIkuCall(formula: string): boolean {
  if (!formula.trimStart().startsWith("=")) return false;
  return tokenize(formula).some(isIku);
}

type Tulis = Konteks & { daftar: DaftarRumus };

/** Rewrites every IKU.* call of a formula into plain Excel; see the module comment for the contract. */
export function toPlainFormula(formula: string, daftar: DaftarRumus, opsi: OpsiRumus = {}): PlainResult {
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
    const ctx: Tulis = { catatan: [], daftar };
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

function satuIku(tokens: Token[], from: number, to: number, daftar: DaftarRumus): Asal {
  const p = panggilanIku(tokens, from, to);
  if (!p) return {};
  const t = tumpahan(daftar, p.nama, p.args);
  return { iku: p.nama, luas: t === undefined || t.rows * t.cols > 1 };
}

/**
 * How many rows and columns a formula's result covers when the formula is one IKU call (it
 * spills over its element-wise range arguments); 1 x 1 for any other formula; undefined when
 * the call's arguments do not tell (an expression over ranges).
 */
export function ukuranHasil(
  formula: string,
  daftar: DaftarRumus,
): { rows: number; cols: number } | undefined {
  const tokens = tokenize(formula);
  const eq = tokens.findIndex((t) => t.kind !== "space");
  if (tokens[eq]?.text !== "=") return { rows: 1, cols: 1 };
  const p = panggilanIku(tokens, eq + 1, tokens.length);
  return p ? tumpahan(daftar, p.nama, p.args) : { rows: 1, cols: 1 };
}

/** Text of tokens[from, to) with every IKU call replaced. */
function tulisUlang(tokens: Token[], from: number, to: number, ctx: Tulis): string {
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
        asal.push(satuIku(tokens, a, b, ctx.daftar));
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

/**
 * How many rows and columns an IKU call's result covers (it spills over the size of its
 * element-wise range arguments); undefined when that cannot be told from the arguments.
 */
function tumpahan(
  daftar: DaftarRumus,
  nama: string,
  args: Argumen[],
): { rows: number; cols: number } | undefined {
  const f = daftar[nama.toUpperCase()];
  if (!f) return { rows: 1, cols: 1 };
  let out = { rows: 1, cols: 1 };
  for (const i of argumenPerSel(f)) {
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

function ganti(nama: string, asli: string, argText: string[], asal: Asal[], ctx: Tulis): string {
  const f = ctx.daftar[nama];
  if (!f) {
    return gagal(
      `${asli} bukan fungsi IKU yang dikenal, jadi tidak ada rumus biasa penggantinya.`,
      `${asli} is not a known IKU function, so there is no plain formula for it.`,
    );
  }
  const batas = jumlahArgumen(f);
  if (argText.length < batas[0] || argText.length > batas[1]) {
    const n = batas[0] === batas[1] ? `${batas[0]}` : `${batas[0]}-${batas[1]}`;
    gagal(
      `IKU.${nama} menerima ${n} argumen, rumus ini memberinya ${argText.length}.`,
      `IKU.${nama} takes ${n} arguments; this formula gives it ${argText.length}.`,
    );
  }
  const args = argText.map(bacaArgumen);
  const arg = (i: number): Argumen => args[i] ?? { kind: "kosong", text: "" };
  const p: Panggilan = {
    fungsi: nama,
    args,
    arg,
    angka: (i, label) => operand(arg(i), label, nama, ctx, asal[i]),
    pilihan: (i, label) => opsiLiteral(args[i], label, nama),
    deret: (i, bolehPenuh) => deret(arg(i), nama, bolehPenuh, ctx),
    catat: (pesan) => ctx.catatan.push(pesan),
    ...(ctx.baca ? { baca: ctx.baca } : {}),
  };
  return f.rumus(p);
}
