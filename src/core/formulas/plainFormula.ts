/**
 * "Siap kirim": IKU.* calls rewritten as plain Excel formulas, so a workbook opened without the
 * add-in shows the same numbers instead of #NAME?.
 *
 * Contract: for numeric and blank inputs the plain formula gives what the add-in gives: the same
 * value, "" where the add-in leaves the cell blank (realisation not reported yet), and the same
 * Excel error code where the add-in answers with an error (#N/A for a missing target, #VALUE!
 * for a negative target, #DIV/0!, #NUM!), only without the add-in's explanation. Guards that a
 * literal argument already decides are dropped (IKU.CAPAIAN(B5,82) has no test on the target).
 * Not reproduced (inputs that are not numbers): Indonesian number text in cells ("91,35",
 * "11.653", "A (84,35)"), a range target "80 - 90" held in a cell, "-" / "NA" marks (the add-in
 * gives #N/A, the plain formula #VALUE! or the text), logical values. A caller that wants
 * certainty compares the values before and after the rewrite.
 *
 * Design choices:
 * - No LET (Excel 365 only) and no other 365-only functions: the formulas read the same in
 *   Excel 2013 and later (NUMBERVALUE is the newest, 2013). The element-wise parts (IF over a
 *   range inside SUMPRODUCT for RATAPERTUMBUHAN, spilling calls over ranges) need array
 *   evaluation: dynamic-array Excel, where the add-in runs and writes the formulas, saves them so
 *   that older Excel opens them as array (CSE) formulas. An argument used more than once is
 *   repeated: references and numbers as written, anything else wrapped in parentheses. Repeating
 *   an expression gives the same value (Excel evaluates it each time); the one exception, RAND,
 *   RANDBETWEEN and RANDARRAY, is refused. A formula longer than Excel's 8192 characters is refused.
 * - Element-wise IFs, never AND/OR on the arguments: an IKU call over ranges spills, and so does
 *   its plain formula (IF(B5:B9="","",...)) in dynamic-array Excel.
 * - Options (polaritas, metode, jenis, skala) must be literal: the formula's shape depends on
 *   them. An option in a cell gives ok:false; the caller offers values instead.
 * - Bounds of predikat / SAKIP are compared on ROUND(x,9), as the add-in removes float noise
 *   (R/T*100 = 90.00000000000001 is Tinggi, not Sangat Tinggi).
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
import { parseAngka, parseRentang } from "../numbers";
import { bacaArgumen, sebagaiOperand, tulisSel, ukuran } from "./argumen";
import type { Argumen, Referensi, Sel } from "./argumen";
import { excelString, tokenize } from "./tokenize";
import type { Token } from "./tokenize";

export type Pesan = { id: string; en: string };

export type PlainResult =
  | {
      ok: true;
      formula: string;
      /** Limits of an approximate rewrite the user should know (IKU.ANGKA on a cell). */
      catatan?: Pesan[];
    }
  | { ok: false; reason: Pesan };

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

type Konteks = { catatan: Pesan[] };

/** Rewrites every IKU.* call of a formula into plain Excel; see the module comment for the contract. */
export function toPlainFormula(formula: string): PlainResult {
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
    const open = i + 1;
    let depth = 0;
    let close = -1;
    const cuts: number[] = [open];
    for (let j = open; j < to; j++) {
      const k = (tokens[j] as Token).kind;
      if (k === "open") depth++;
      else if (k === "close" && --depth === 0) {
        close = j;
        break;
      } else if (k === "comma" && depth === 1) cuts.push(j);
    }
    if (close < 0) {
      gagal("Kurung panggilan fungsi IKU tidak ditutup.", "An IKU function call is missing its ')'.");
    }
    cuts.push(close);
    const args: string[] = [];
    const empty = close === open + 1 || tokens.slice(open + 1, close).every((x) => x.kind === "space");
    if (!empty) {
      for (let c = 0; c + 1 < cuts.length; c++) {
        args.push(tulisUlang(tokens, (cuts[c] as number) + 1, cuts[c + 1] as number, ctx));
      }
    }
    const repl = ganti(t.text.slice(4).toUpperCase(), t.text, args, ctx);
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

type Operand = { text: string; blank?: boolean; num?: number };
type Cond = string | boolean;

const NA = "#N/A";
const VALUE = "#VALUE!";
const DIV0 = "#DIV/0!";
const NUM = "#NUM!";
const BLANK = '""';
const VOLATILE = /^(?:_xlfn\.)?(?:RAND|RANDBETWEEN|RANDARRAY)$/i;

function angkaLiteral(v: number): string {
  const s = String(v).toUpperCase();
  return v < 0 ? `(${s})` : s;
}

/** A numeric parameter: what the add-in reads as a number, a blank or (refused) anything else. */
function operand(a: Argumen, nama: Pesan, fungsi: string): Operand {
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
    case "ekspresi":
      if (a.tokens.some((t) => t.kind === "func" && VOLATILE.test(t.text))) {
        gagal(
          `IKU.${fungsi}: ${nama.id} memakai RAND/RANDBETWEEN; rumus biasa memakainya lebih dari sekali sehingga hasilnya bisa berbeda. Pakai "nilai saja".`,
          `IKU.${fungsi}: the ${nama.en} uses RAND/RANDBETWEEN; the plain formula uses it more than once, so the result could differ. Use "values only".`,
        );
      }
      return { text: sebagaiOperand(a) };
    default:
      return { text: sebagaiOperand(a) };
  }
}

const known = (o: Operand): number | undefined => (o.blank ? 0 : o.num);

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
  return `${o.text}${op}${angkaLiteral(k)}`;
}

function bandingOperand(a: Operand, op: "<" | ">" | ">=", b: Operand): Cond {
  const x = known(a);
  const y = known(b);
  if (x !== undefined && y !== undefined) return op === "<" ? x < y : op === ">" ? x > y : x >= y;
  if (y !== undefined) return banding(a, op, y);
  return `${a.text}${op}${b.text}`;
}

function bukanBulat(o: Operand): Cond {
  const v = known(o);
  if (v !== undefined) return !Number.isInteger(v);
  return `${o.text}<>INT(${o.text})`;
}

function jika(c: Cond, then: string, otherwise: string): string {
  if (c === true) return then;
  if (c === false) return otherwise;
  return `IF(${c},${then},${otherwise})`;
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

type Deret = { ref: Referensi; text: string; panjang: number; awal?: string; akhir?: string };

function deret(a: Argumen, fungsi: string, bolehPenuh: boolean): Deret {
  const tolak = (): never =>
    gagal(
      `IKU.${fungsi}: rumus biasa hanya dapat dibuat untuk rentang satu baris atau satu kolom yang ditulis langsung (misalnya B5:F5), bukan ${a.text || "argumen kosong"}. Pakai "nilai saja".`,
      `IKU.${fungsi}: a plain formula can only be built for a single row or column range written in the formula (e.g. B5:F5), not ${a.text || "an empty argument"}. Use "values only".`,
    );
  if (a.kind !== "referensi") return tolak();
  const ref = a.ref;
  if (ref.kind === "kolom-penuh" || ref.kind === "baris-penuh") {
    return bolehPenuh ? { ref, text: a.text, panjang: Infinity } : tolak();
  }
  const size = ukuran(ref) as { rows: number; cols: number };
  if (size.rows > 1 && size.cols > 1) return tolak();
  const panjang = Math.max(size.rows, size.cols);
  if (ref.kind !== "area" || panjang < 2) return { ref, text: a.text, panjang };
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
  return { ref, text: a.text, panjang, awal: rentang(tl, geser(br, -1)), akhir: rentang(geser(tl, 1), br) };
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

const P = (id: string, en = id): Pesan => ({ id, en });

function ganti(nama: string, asli: string, argText: string[], ctx: Konteks): string {
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
  const op = (i: number, n: Pesan): Operand => operand(arg(i), n, nama);

  switch (nama) {
    case "CAPAIAN":
      return capaian(a, nama);
    case "PENURUNAN":
    case "PERTUMBUHAN": {
      const x0 = op(0, P("nilai tahun sebelumnya", "previous year's value"));
      const x1 = op(1, P("nilai tahun berjalan", "current year's value"));
      const rumus =
        nama === "PENURUNAN"
          ? `(${x0.text}-${x1.text})/${x0.text}*100`
          : `(${x1.text}-${x0.text})/${x0.text}*100`;
      return jika(
        kosong(x1),
        BLANK,
        jika(kosong(x0), NA, jika(banding(x0, "<", 0), VALUE, jika(banding(x1, "<", 0), VALUE, rumus))),
      );
    }
    case "SERAPAN": {
      const r = op(0, P("realisasi anggaran", "budget realisation"));
      const p = op(1, P("pagu"));
      return jika(
        kosong(r),
        BLANK,
        jika(
          kosong(p),
          NA,
          jika(banding(r, "<", 0), VALUE, jika(banding(p, "<", 0), VALUE, `${r.text}/${p.text}*100`)),
        ),
      );
    }
    case "EFISIENSI": {
      const m = opsiLiteral(a[2], P("metode"), nama);
      const metode = metodeDari(efisiensi(100, 100, m as never), nama);
      const c = op(0, P("capaian kinerja", "performance achievement"));
      const s = op(1, P("serapan anggaran", "budget absorption"));
      const rumus = metode === "rasio" ? `${c.text}/${s.text}*100` : `${c.text}-${s.text}`;
      return jika(kosong(c), BLANK, jika(kosong(s), BLANK, jika(banding(s, "<", 0), VALUE, rumus)));
    }
    case "TARGETANTARA": {
      const aw = op(0, P("kondisi awal", "starting condition"));
      const ak = op(1, P("kondisi akhir", "final condition"));
      const t0 = op(2, P("tahun awal", "starting year"));
      const t1 = op(3, P("tahun akhir", "final year"));
      const t = op(4, P("tahun", "year"));
      const rumus = `${aw.text}+(${ak.text}-${aw.text})*(${t.text}-${t0.text})/(${t1.text}-${t0.text})`;
      let f = jika(bandingOperand(t, ">", t1), NUM, rumus);
      f = jika(bandingOperand(t, "<", t0), NUM, f);
      f = jika(bandingOperand(t0, ">=", t1), VALUE, f);
      f = jika(bukanBulat(t), VALUE, f);
      f = jika(bukanBulat(t1), VALUE, f);
      f = jika(bukanBulat(t0), VALUE, f);
      for (const o of [t1, t0, ak, aw]) f = jika(kosong(o), NA, f);
      return jika(kosong(t), BLANK, f);
    }
    case "PREDIKAT":
      return predikat(a, nama);
    case "NILAISAKIP": {
      const x = arg(0);
      if (x.kind === "teks") return statis(nilaiSakip(x.value), nama);
      const n = op(0, P("nilai SAKIP", "SAKIP score"));
      return jika(
        kosong(n),
        BLANK,
        jika(banding(n, "<", 0), NUM, jika(banding(n, ">", 100), NUM, pita(n, SKALA_SAKIP))),
      );
    }
    case "ANGKA": {
      const x = arg(0);
      if (x.kind === "teks") return statis(angka(x.value), nama);
      if (x.kind === "angka") return sebagaiOperand(x);
      const v = op(0, P("teks", "text")).text;
      ctx.catatan.push({
        id: `IKU.ANGKA(${x.text}) diganti NUMBERVALUE: koma desimal dan titik ribuan dibaca benar ("11.653", "6,12", "12,5%"), tetapi teks berlabel ("A (84,35)"), "Rp ...", tanda "-"/"NA" menjadi #VALUE!, dan titik desimal ("11.60") terbaca 1160.`,
        en: `IKU.ANGKA(${x.text}) became NUMBERVALUE: decimal commas and thousands dots read right ("11.653", "6,12", "12,5%"), but labelled text ("A (84,35)"), "Rp ...", "-"/"NA" marks give #VALUE!, and a decimal point ("11.60") reads as 1160.`,
      });
      return `IF(TRIM(${v})="","",IF(ISNUMBER(${v}),${v},NUMBERVALUE(SUBSTITUTE(${v},"%",""),",",".")))`;
    }
    case "KONDISIAKHIR": {
      const jenis = metodeDari(kondisiAkhir([1], opsiLiteral(a[1], P("jenis"), nama) as never), nama);
      const d = deret(arg(0), nama, true);
      const r = d.text;
      const isi =
        jenis === "jumlah"
          ? `SUM(${r})`
          : jenis === "rata-rata"
            ? `AVERAGE(${r})`
            : `LOOKUP(2,1/(${r}<>""),${r})`;
      return `IF(COUNT(${r})=0,"",${isi})`;
    }
    case "RATAPERTUMBUHAN": {
      const metode = metodeDari(rataPertumbuhan([1, 2], opsiLiteral(a[1], P("metode"), nama) as never), nama);
      const d = deret(arg(0), nama, false);
      const r = d.text;
      if (d.awal === undefined || d.akhir === undefined) return `IF(COUNT(${r})=0,"",${NA})`;
      const [p, c] = [d.awal, d.akhir];
      const hitung =
        metode === "geometrik"
          ? `IF(MIN(${r})<=0,${NUM},((LOOKUP(2,1/ISNUMBER(${r}),${r})/INDEX(${r},MATCH(TRUE,INDEX(ISNUMBER(${r}),0),0)))^(1/(COUNT(${r})-1))-1)*100)`
          : `IF(MIN(${r})<0,${VALUE},SUMPRODUCT(IF(ISNUMBER(${p})*ISNUMBER(${c}),(${c}-${p})/${p},0))/(COUNT(${r})-1)*100)`;
      // Blank years at either end are skipped; a gap between two values is #N/A, as in the add-in:
      // the values form one unbroken run exactly when the adjacent numeric pairs number COUNT-1.
      return `IF(COUNT(${r})=0,"",IF(COUNT(${r})<2,${NA},IF(SUMPRODUCT(ISNUMBER(${p})*ISNUMBER(${c}))<>COUNT(${r})-1,${NA},${hitung})))`;
    }
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
    f = `IF(ROUND(${o.text},9)${rel}${angkaLiteral(b.lebihDari)},${excelString(b.label)},${f})`;
  }
  return f;
}

function predikat(a: Argumen[], nama: string): string {
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
  const c = operand(a[0] ?? { kind: "kosong", text: "" }, P("capaian", "achievement"), nama);
  return jika(kosong(c), BLANK, pita(c, skala));
}

function capaian(a: Argumen[], nama: string): string {
  const pol = dariHasil(parsePolaritas(opsiLiteral(a[2], P("polaritas", "polarity"), nama)), nama) as
    Polaritas | undefined;
  const met = dariHasil(parseMetode(opsiLiteral(a[3], P("metode", "method"), nama)), nama) as
    MetodeNegatif | undefined;
  const target = a[1] as Argumen;
  if (target.kind === "teks" && parseRentang(target.value)) {
    gagal(
      `IKU.CAPAIAN: target rentang ${target.text} tidak punya padanan rumus biasa yang ringkas. Pakai "nilai saja" untuk sel ini.`,
      `IKU.CAPAIAN: the range target ${target.text} has no concise plain-formula equivalent. Use "values only" for this cell.`,
    );
  }
  const r = operand(a[0] as Argumen, P("realisasi", "realisation"), nama);
  const t = operand(target, P("target"), nama);
  let hitung: string;
  if ((pol ?? "positif") === "positif") {
    hitung = `${r.text}/${t.text}*100`;
  } else if ((met ?? "refleksi") === "refleksi") {
    // T = 0 and R = 0 is achieved (100); T = 0 otherwise cannot be computed.
    hitung = jika(
      banding(t, "=", 0),
      jika(banding(r, "=", 0), "100", DIV0),
      `(2*${t.text}-${r.text})/${t.text}*100`,
    );
  } else {
    hitung = jika(
      banding(r, "=", 0),
      jika(banding(t, "=", 0), "100", DIV0),
      jika(banding(r, "<", 0), NUM, `${t.text}/${r.text}*100`),
    );
  }
  return jika(kosong(r), BLANK, jika(kosong(t), NA, jika(banding(t, "<", 0), VALUE, hitung)));
}
