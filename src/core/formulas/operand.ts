// The shared machinery of the plain-Excel rewrites ("Siap kirim"): how an argument of an IKU
// call is read as an operand of a plain formula (numbers, blanks, Indonesian text numbers, "-" /
// "NA" marks, errors; masukan.ts), the guards that reproduce the add-in's reading order, options
// decided now with the add-in's own parsers, runs of yearly values and predikat bands. Each
// function's own rewrite is in its definition (src/functions/definitions/<name>.ts) and is
// written with these parts; plainFormula.ts finds the calls and dispatches. See plainFormula.ts
// for the contract and docs/desain.md, "Siap kirim".
import { labelPredikat } from "../indicators";
import type { Hasil, Pesan, SkalaPredikat } from "../indicators";
import { toA1 } from "../grid";
import type { CellValue } from "../grid";
import { parseAngka } from "../numbers";
import { sebagaiOperand, tulisSel, ukuran } from "./argumenPanggilan";
import type { Argumen, Referensi, Sel } from "./argumenPanggilan";
import { alamatDari, angkaAtauGalat, jenisNilai, kunciTanda } from "./masukan";
import type { AlamatMasukan, BacaNilai, Jenis } from "./masukan";
import { excelString } from "./tokenize";
import type { Panggilan } from "./plainFormula";

export type { Pesan };

/** Thrown by a rewrite that cannot promise the add-in's value; toPlainFormula returns its reason. */
export class Gagal extends Error {
  constructor(readonly reason: Pesan) {
    super(reason.en);
  }
}

export const gagal = (id: string, en: string): never => {
  throw new Gagal({ id, en });
};

/** What one rewrite knows besides its arguments: the notes it adds and the cells' values. */
export type Konteks = { catatan: Pesan[]; baca?: BacaNilai };

/** What a rewritten argument was: one IKU call (its name, and whether it may spill). */
export type Asal = { iku?: string; luas?: boolean };

// ---------------------------------------------------------------------------------------------
// Operands and guards. A guard on a literal is decided now; otherwise it becomes an IF.

export type Operand = {
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
export type Cond = string | boolean;

export const NA = "#N/A";
export const VALUE = "#VALUE!";
export const DIV0 = "#DIV/0!";
export const NUM = "#NUM!";
export const BLANK = '""';
const VOLATILE = /^(?:_xlfn\.)?(?:RAND|RANDBETWEEN|RANDARRAY)$/i;
const NOL = "1E-12"; // indicators/pembulatan.ts NOL_RELATIF

export function angkaLiteral(v: number): string {
  const s = String(v).toUpperCase();
  return v < 0 ? `(${s})` : s;
}

export const P = (id: string, en = id): Pesan => ({ id, en });

/** A value quoted for a message: "A (84,35)", TRUE, #DIV/0!. */
export function kutip(v: CellValue): string {
  if (typeof v === "string") return `"${v}"`;
  if (v !== null && typeof v === "object" && !(v instanceof Date)) return v.error;
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
}

/** The value and address of the first cell of `nilai` (read from `alamat`) that `cocok` picks. */
export function selPertama(
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
export function isiReferensi(
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
export function operand(a: Argumen, nama: Pesan, fungsi: string, ctx: Konteks, asal: Asal = {}): Operand {
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

export function tidakDiketahui(a: Argumen, nama: Pesan, fungsi: string): never {
  return gagal(
    `IKU.${fungsi}: ${nama.id} ${a.text} adalah nama atau rumus yang nilainya tidak dapat dipastikan angka, jadi rumus biasa yang pasti sama tidak dapat dibuat.`,
    `IKU.${fungsi}: the ${nama.en} ${a.text} is a name or formula whose value cannot be known to be a number, so no plain formula can be shown to give the same value.`,
  );
}

export const known = (o: Operand): number | undefined => (o.blank ? 0 : o.num);

/** The operand as a number: text numbers read the way the add-in reads them. */
export function nilaiAngka(o: Operand): string {
  if (!o.konversi) return o.text;
  const [d, g] = o.konversi === "id" ? [",", "."] : [".", ","];
  const x = o.text;
  return `IF(ISNUMBER(${x}),${x},NUMBERVALUE(SUBSTITUTE(${x},"%",""),"${d}","${g}"))`;
}

export function kosong(o: Operand): Cond {
  if (o.blank) return true;
  if (o.num !== undefined) return false;
  return `${o.text}=""`;
}

export function banding(o: Operand, op: "<" | "<=" | ">" | ">=" | "=", k: number): Cond {
  const v = known(o);
  if (v !== undefined) {
    return op === "<" ? v < k : op === "<=" ? v <= k : op === ">" ? v > k : op === ">=" ? v >= k : v === k;
  }
  return `${nilaiAngka(o)}${op}${angkaLiteral(k)}`;
}

export function bandingOperand(a: Operand, op: "<" | ">" | ">=", b: Operand): Cond {
  const x = known(a);
  const y = known(b);
  if (x !== undefined && y !== undefined) return op === "<" ? x < y : op === ">" ? x > y : x >= y;
  if (y !== undefined) return banding(a, op, y);
  return `${nilaiAngka(a)}${op}${nilaiAngka(b)}`;
}

export function bukanBulat(o: Operand): Cond {
  const v = known(o);
  if (v !== undefined) return !Number.isInteger(v);
  const x = nilaiAngka(o);
  return `${x}<>INT(${x})`;
}

export function jika(c: Cond, then: string, otherwise: string): string {
  if (c === true) return then;
  if (c === false) return otherwise;
  return `IF(${c},${then},${otherwise})`;
}

/** a+b (or a-b), 0 when it cancels to float noise, as the add-in computes it (pembulatan.jumlahRapi). */
export function jumlahRapi(a: string, op: "+" | "-", b: string): string {
  return `IF(ABS(${a}${op}${b})<=(ABS(${a})+ABS(${b}))*${NOL},0,${a}${op}${b})`;
}

/** The test "x holds one of the marks present", element-wise; undefined when no mark is present. */
export function tesTanda(x: string, tanda: string[] | undefined): string | undefined {
  if (!tanda?.length) return undefined;
  const tes = tanda.map((t) => `${x}=${excelString(t)}`);
  return tes.length === 1 ? (tes[0] as string) : tes.map((t) => `(${t})`).join("+");
}

export type Param = { o: Operand; jikaKosong: "kosong" | "tidak-tersedia" };

/**
 * The reading of numeric arguments in the add-in's order (core/indicators/argumen.ts): an error
 * in an argument first (Excel does not call the function), then a blank measured argument (""),
 * a "no data" mark (#N/A), a blank reference argument (#N/A); `isi` is the rest.
 */
export function bacaan(params: Param[], isi: string): string {
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

export function opsiLiteral(a: Argumen | undefined, nama: Pesan, fungsi: string): unknown {
  if (a === undefined || a.kind === "kosong") return undefined;
  if (a.kind === "teks" || a.kind === "angka" || a.kind === "logika") return a.value;
  return gagal(
    `IKU.${fungsi}: ${nama.id} diambil dari ${a.text}, bukan ditulis langsung, jadi rumus penggantinya tidak dapat ditentukan sekarang. Tulis ${nama.id} langsung di rumus (misalnya "negatif") atau pakai "nilai saja".`,
    `IKU.${fungsi}: the ${nama.en} comes from ${a.text} instead of being written in the formula, so the replacement formula cannot be chosen now. Write the ${nama.en} in the formula (e.g. "negatif") or use "values only".`,
  );
}

export function dariHasil<T>(h: Hasil<T> | undefined, fungsi: string): T | undefined {
  if (h === undefined) return undefined;
  if (h.ok) return h.value;
  if (h.error === "kosong") return undefined;
  return gagal(`IKU.${fungsi}: ${h.pesan.id}`, `IKU.${fungsi}: ${h.pesan.en}`);
}

/** The method name a core calculation reports for a literal option (its aliases included). */
export function metodeDari(h: Hasil<number>, fungsi: string): string {
  if (h.ok) return h.metode as string;
  if (h.error === "kosong") return "";
  return gagal(`IKU.${fungsi}: ${h.pesan.id}`, `IKU.${fungsi}: ${h.pesan.en}`);
}

// ---------------------------------------------------------------------------------------------
// A single row or column range, for the functions that take a run of yearly values.

export type Deret = {
  ref: Referensi;
  text: string;
  panjang: number;
  awal?: string;
  akhir?: string;
} & Pick<Operand, "konversi" | "tanda">;

export function deret(a: Argumen, fungsi: string, bolehPenuh: boolean, ctx: Konteks): Deret {
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
export function angkaDeret(r: string, d: Pick<Operand, "konversi">): string {
  return nilaiAngka({ text: r, ...(d.konversi ? { konversi: d.konversi } : {}) });
}

/** A call on literal text decided now, with the add-in's own calculation. */
export function statis(h: Hasil<number | string>, fungsi: string): string {
  if (h.ok) return typeof h.value === "number" ? angkaLiteral(h.value) : excelString(h.value);
  if (h.error === "kosong") return BLANK;
  return gagal(`IKU.${fungsi}: ${h.pesan.id}`, `IKU.${fungsi}: ${h.pesan.en}`);
}

/** Nested IFs over a scale's bands, highest first; a literal value is labelled now. */
export function pita(o: Operand, skala: SkalaPredikat): string {
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

/**
 * PENURUNAN and PERTUMBUHAN: the change from the previous value x0 (argument 0) to the current
 * x1 (argument 1), (x0-x1)/x0*100 or (x1-x0)/x0*100 (core/indicators/perubahan.ts).
 */
export function rumusPerubahan(p: Panggilan, arah: "turun" | "naik"): string {
  const x0 = p.angka(0, P("nilai tahun sebelumnya", "previous year's value"));
  const x1 = p.angka(1, P("nilai tahun berjalan", "current year's value"));
  const [a, b] = [nilaiAngka(x0), nilaiAngka(x1)];
  const rumus = arah === "turun" ? `(${a}-${b})/${a}*100` : `(${b}-${a})/${a}*100`;
  return bacaan(
    [
      { o: x0, jikaKosong: "tidak-tersedia" },
      { o: x1, jikaKosong: "kosong" },
    ],
    jika(banding(x0, "<", 0), VALUE, jika(banding(x1, "<", 0), VALUE, rumus)),
  );
}
