// Polarity stated in the notes under a table: "Keterangan: persentase desa tertinggal semakin
// kecil semakin baik; capaiannya dihitung (2 x Tgt - Real.) / Tgt x 100." An LKjIP often says
// which of its indicators are lower-is-better this way instead of in a polarity column.
// - An indicator whose name holds every word of the note's subject is negative, as stated.
// - When a note names the negative ones, the table's other indicators are taken as positive,
//   but only where nothing else (the pane, a polarity column, the lexicon) says otherwise, and
//   a finding that rests on it is a warning, not an error: the note may not list them all.
import type { DetectedTable } from "../detect";
import { kelompokLabel, norm } from "../detect/text";
import type { Grid } from "../grid";
import { textOf } from "../grid";
import type { TebakanPolaritas } from "./tebakanPolaritas";
import { barisData, namaIndikator, polaritasCell } from "./tahunan";
import { kataIndikator } from "./values";
import { polaritasBaris, polaritasDariTeks } from "./tebakanPolaritas";
import type { DetectedColumn, DetectedRow } from "../detect";
import type { Settings } from "./types";
import { teksCatatan } from "./catatan";
import { MemoObjek } from "./memo";
import { GLOSA_NEGATIF, GLOSA_POSITIF } from "../indicators";

const LEBIH_KECIL = new RegExp(
  // ("Indikator negatif (genangan, tanggul jebol) dihitung ...": the phrase names its list in
  // brackets, forms-blind284)
  `${GLOSA_NEGATIF.source}|(?:ber)?polaritas negatif|bersifat negatif|indikator negatif|lower is better`,
  "g",
);
const KATA_SEPELE = new Set([
  "yang",
  "dan",
  "atau",
  "dengan",
  "untuk",
  "pada",
  "dari",
  "nilai",
  "angka",
  "indikator",
  "keterangan",
  "catatan",
  "capaian",
  "capaiannya",
  "adalah",
  "bila",
  "jika",
  "berarti",
  "negatif",
  "positif",
  "polaritas",
  // "Indikator Response time dan persentase kerugian materiil bersifat negatif (semakin kecil
  // semakin baik)": the verb is no part of the subject (forms-blind77)
  "bersifat",
  "berpolaritas",
  "merupakan",
  "tergolong",
  "termasuk",
]);

// "S/C" (service per conception), "K/L": a short name split by its slash, one word of the note
const AKRONIM_MIRING = /\b([a-z])\s?\/\s?([a-z])\b/gi;

/**
 * The words of a text that can name an indicator; with `pendek`, two-letter words too ("IR DBD",
 * "TB"), which a note's subject keeps only where some indicator of the table has them (subjekTabel).
 */
function kata(text: string, pendek = false): string[] {
  // (kept whole, or the note's "S/C dan angka kematian ternak" names only the second, forms-blind161)
  const akronim: string[] = [];
  const t = text.includes("/")
    ? text.replace(AKRONIM_MIRING, (_, a: string, b: string) => {
        akronim.push((a + b).toLowerCase());
        return a + b;
      })
    : text;
  return kataIndikator(t).filter(
    (w) => (w.length >= 3 || akronim.includes(w) || (pendek && w.length === 2)) && !KATA_SEPELE.has(w),
  );
}

/**
 * The words a note's subject is looked for in an indicator's name: its own, and the initials of
 * every run of two to four of them, so "IR DBD" names "Incidence rate DBD" and "API" the "Annual
 * Parasite Incidence" (forms-blind166).
 */
function kataNama(name: string): Set<string> {
  const out = new Set(kata(name, true));
  // a passive verb names its root: "yang masih dipasung" is the note's "pasung" (forms-blind286)
  for (const w of [...out]) {
    const akar = /^(di|ter)([a-z]{4,})$/.exec(w)?.[2];
    if (akar) out.add(akar);
  }
  const w = kataIndikator(name);
  for (let i = 0; i < w.length; i++)
    for (let n = 2; n <= 4 && i + n <= w.length; n++) {
      let awal = "";
      for (let j = i; j < i + n; j++) awal += w[j][0];
      out.add(awal);
    }
  return out;
}

/** The subjects (word lists) the notes under a table call lower-is-better. */
/**
 * A list of subjects ("TFR, unmet need dan ASFR 15-19"), each part kept only with the others
 * (./subjekTabel drops the whole list when a part names no indicator): none when a part has no
 * word or there are fewer than `min` parts.
 */
function daftarSubjek(teks: string, min: number): Bagian[] {
  const parts = teks.split(/,|\bdan\b/).map((p) => kata(p, true));
  if (parts.length < min || !parts.every((w) => w.length)) return [];
  const kelompok = parts as Bagian[];
  return kelompok.map((w) => Object.assign(w, { kelompok }));
}

function subjekNegatif(table: DetectedTable, grid: Grid): string[][] {
  const out: string[][] = [];
  for (const t of teksCatatan(table, grid)) {
    for (const m of t.matchAll(LEBIH_KECIL)) {
      // the clause before the phrase: after the last ":", ";", "." or ","
      const before = t.slice(0, m.index);
      const ends = [":", ";", ". ", ", "].map((p) => {
        const at = before.lastIndexOf(p);
        return at < 0 ? 0 : at + p.length;
      });
      const clause = before.slice(Math.max(...ends));
      const words = kata(clause, true);
      if (words.length) out.push(words);
      // "indikator PoU dan kelurahan rentan rawan pangan semakin kecil semakin baik": two subjects,
      // taken only where each names indicators of the table (./subjekTabel, forms-blind49)
      // ("Catatan: TFR, unmet need dan ASFR 15-19 semakin kecil semakin baik": a list before the
      // phrase runs back over its commas to the ":", forms-blind124; a part that names no
      // indicator of the table drops the whole list)
      const luas = before.slice(Math.max(...ends.slice(0, 3)));
      for (const c of luas === clause ? [clause] : [clause, luas]) out.push(...daftarSubjek(c, 2));
      // "Indikator dengan polaritas negatif (produk hukum yang dibatalkan, rata-rata waktu
      // fasilitasi): ...": the subjects listed in brackets after the phrase
      const after = t.slice(m.index! + m[0].length);
      const listed = /^\s*\(([^)]*)\)/.exec(after);
      for (const part of listed ? listed[1].split(/[,;]|\bdan\b/) : []) {
        const w = kata(part, true);
        if (w.length) out.push(w);
      }
      // "Indikator negatif (semakin kecil semakin baik): a. Persentase pelanggaran Perda yang
      // berulang; b. Waktu tanggap ...": a lettered list after a colon (forms-blind22)
      const daftar = /^\)?\s*:\s*(a[.)]\s.*)$/.exec(after);
      for (const part of daftar ? daftar[1].split(/;|\.\s+(?=[a-z][.)]\s|[A-Z]|tingkat|capaian)/) : []) {
        const w = kata(part.replace(/^\s*[a-z][.)]\s+/, ""), true);
        if (w.length) out.push(w);
      }
      // "Indikator negatif (semakin kecil semakin baik): luas puso dan luas serangan OPT; capaian =
      // ...": a plain list after the colon, to the clause's end; each part must name indicators of
      // the table, as a list before the phrase must (forms-blind303)
      const polos = daftar ? null : /^\)?\s*:\s*([^;:=]+?)\s*(?:;|\.\s|\.?$)/.exec(after);
      if (polos) out.push(...daftarSubjek(polos[1], 1));
    }
  }
  return out;
}

/** A subject split from a clause that lists several ("PoU dan kelurahan rentan rawan pangan"). */
type Bagian = string[] & { kelompok?: Bagian[] };

const CACHE = new WeakMap<DetectedTable, string[][]>();

/**
 * The subjects that name at least one of the table's indicators: a note that defines the negative
 * convention in general ("Capaian indikator negatif (semakin kecil semakin baik) = ...") names none.
 */
function subjekTabel(table: DetectedTable, grid: Grid): string[][] {
  let subjek = CACHE.get(table);
  if (!subjek) {
    const semua = subjekNegatif(table, grid);
    const names = semua.length ? barisData(table).map((r) => kataNama(namaIndikator(table, grid, r))) : [];
    // a two-letter word no indicator has ("di", "ke") is no part of the subject; one some have
    // ("IR" of "Incidence rate", "TB") is (in place: a listed subject's parts are shared)
    for (const s of semua)
      for (let i = s.length - 1; i >= 0; i--)
        if (s[i].length === 2 && !names.some((n) => n.has(s[i]))) s.splice(i, 1);
    const cocok = (s: string[]): number =>
      s.length ? names.filter((n) => s.every((w) => n.has(w))).length : 0;
    // the parts of a listed subject count only when every part names indicators: one each, or
    // more with two words or more
    const bagianCocok = (s: string[]): boolean => {
      const k = cocok(s);
      return k === 1 || (k > 1 && s.length >= 2);
    };
    subjek = semua.filter((s) => {
      const kelompok = (s as Bagian).kelompok;
      return kelompok ? kelompok.every(bagianCocok) : cocok(s) > 0;
    });
    CACHE.set(table, subjek);
  }
  return subjek;
}

// "Indikator nomor 2, 6 dan 7 berpolaritas negatif (semakin kecil semakin baik)": by the rows' numbers
// or the other way round: "untuk indikator berpolaritas negatif (nomor 3 dan 8)" (forms-blind21)
// ("Indikator 3 dan 4 berpolaritas negatif", the word "nomor" left out, forms-blind66)
// ("indikator 1-3 berpolaritas negatif", "nomor 2 s.d. 4": a run of numbers, forms-blind112)
// ("Indikator nomor 3 dan 4 bersifat negatif: capaian = (2 x target - realisasi) / target x 100",
// forms-blind225)
const ITEM = String.raw`\d{1,2}(?:\s*(?:-|–|s\.?\s?d\.?|sampai(?: dengan)?)\s*\d{1,2})?`;
const DAFTAR = String.raw`(?:${ITEM}\s*(?:,|dan|&)\s*)*${ITEM}`;
const NEGATIF = String.raw`(?:polaritas negatif|(?:bersifat|tergolong) negatif|(?:semakin|makin) (?:kecil|rendah|sedikit) (?:semakin|makin) baik)`;
const NOMOR_NEGATIF = new RegExp(
  String.raw`indikator (?:(?:nomor|no\.?)\s*)?(${DAFTAR})\b[^.;:]*?${NEGATIF}|${NEGATIF}\)?\s*\((?:indikator )?(?:nomor|no\.?)\s*(${DAFTAR})\)`,
  "g",
);
const NOMOR = new WeakMap<DetectedTable, Set<string>>();

/** The row numbers the notes under a table call lower-is-better. */
function nomorNegatif(table: DetectedTable, grid: Grid): Set<string> {
  let out = NOMOR.get(table);
  if (out) return out;
  out = new Set();
  for (const t of teksCatatan(table, grid))
    for (const m of t.matchAll(NOMOR_NEGATIF))
      for (const item of (m[1] ?? m[2]).split(/\s*(?:,|dan|&)\s*/)) {
        const [a, b = a] = (item.match(/\d+/g) ?? []).map(Number);
        if (a !== undefined) for (let n = a; n <= Math.min(b, a + 30); n++) out.add(String(n));
      }
  NOMOR.set(table, out);
  return out;
}

// "indikator satuan hari: semakin kecil semakin baik": the negatives named by their unit
// (forms-blind65's "hari kerja" beside "hari")
const SATUAN_NEGATIF =
  /\b(?:ber)?satuan ([a-z0-9]+)[^.;:]*?:? (?:semakin|makin|kian) (?:kecil|rendah|sedikit|cepat) (?:semakin|makin|kian) baik/g;
const SATUAN = new WeakMap<DetectedTable, Set<string>>();

/** The units (their first word) the notes under a table call lower-is-better. */
function satuanNegatif(table: DetectedTable, grid: Grid): Set<string> {
  let out = SATUAN.get(table);
  if (out) return out;
  out = new Set();
  for (const t of teksCatatan(table, grid)) for (const m of t.matchAll(SATUAN_NEGATIF)) out.add(m[1]);
  SATUAN.set(table, out);
  return out;
}

// "Catatan: indikator bertanda (-) semakin rendah semakin baik" (forms-blind129): the rows mark
// themselves, a "(-)" written after the indicator's name
// (or a footnote's "*)": "Persentase bansos yang tidak tepat sasaran *)" under "*) indikator
// negatif: capaian = ...", forms-blind306; only where rows carry it, as a footnote "*)" may mean
// anything else)
const TANDA_MINUS = String.raw`(?:\(\s*[-−–]\s*\)|\*\))`;
// ("Keterangan: (-) indikator dengan polaritas negatif": the mark explained first, forms-blind173)
const TANDA_NEGATIF = new RegExp(
  String.raw`\b(?:ber)?tanda\s*${TANDA_MINUS}[^.;]*?(?:${NEGATIF}|\bnegatif\b)|(?:${NEGATIF}|\bnegatif\b)[^.;]*?\b(?:ber)?tanda\s*${TANDA_MINUS}|(?:^|:)\s*${TANDA_MINUS}\s*(?:=|:)?\s*(?:indikator\b[^.;]*?)?(?:${NEGATIF}|\bnegatif\b)`,
);
const NAMA_BERTANDA = new RegExp(`${TANDA_MINUS}\\s*$`);
// a name ending in the footnote's mark, "... tidak tepat sasaran *)"
const NAMA_BERBINTANG = /\*\)\s*$/;
const TANDA = new WeakMap<DetectedTable, boolean>();

/** Do the notes under a table call the indicators marked "(-)" lower-is-better? */
function tandaNegatif(table: DetectedTable, grid: Grid): boolean {
  let out = TANDA.get(table);
  if (out === undefined) {
    const catatan = teksCatatan(table, grid).filter((t) => TANDA_NEGATIF.test(t));
    // ("(-)" says itself what it marks; "*)" only beside rows that carry it)
    out =
      catatan.some((t) => TANDA_NEGATIF.test(t.replace(/\*\)/g, ""))) ||
      (catatan.length > 0 &&
        barisData(table).some((r) => NAMA_BERBINTANG.test(namaIndikator(table, grid, r))));
    TANDA.set(table, out);
  }
  return out;
}

/** The polarity a table's notes give an indicator, or undefined when the notes say nothing. */
export function polaritasCatatan(
  table: DetectedTable,
  grid: Grid,
  indikator: string,
  nomor?: string,
  satuan?: string,
): TebakanPolaritas | undefined {
  const satuanNeg = satuanNegatif(table, grid);
  if (satuanNeg.size && satuan !== undefined) {
    const u = norm(satuan).split(/[\s/(]/)[0];
    if (satuanNeg.has(u)) return { polaritas: "negatif", sumber: "catatan", kata: `satuan ${u}` };
  }
  // the marked rows are the negatives, as the notes list them; the others are not (an office that
  // marks its negatives marks them all, as one that numbers them does)
  if (tandaNegatif(table, grid)) {
    if (NAMA_BERTANDA.test(indikator.trim()))
      return {
        polaritas: "negatif",
        sumber: "catatan",
        kata: `bertanda ${NAMA_BERBINTANG.test(indikator) ? "*)" : "(-)"}`,
      };
    return { polaritas: "positif", sumber: "catatan-tersirat", daftarNomor: true };
  }
  const nomorNeg = nomorNegatif(table, grid);
  if (nomorNeg.size) {
    if (nomor && nomorNeg.has(nomor.replace(/[.)]\s*$/, "")))
      return { polaritas: "negatif", sumber: "catatan", kata: `indikator nomor ${nomor}` };
    // the notes list the negatives by number and this row is not among them
    if (!subjekTabel(table, grid).length)
      return { polaritas: "positif", sumber: "catatan-tersirat", daftarNomor: true };
  }
  const subjek = subjekTabel(table, grid);
  if (subjek.length === 0)
    return satuanNeg.size && satuan !== undefined
      ? { polaritas: "positif", sumber: "catatan-tersirat" }
      : undefined;
  const nama = kataNama(indikator);
  const hit = subjek.find((s) => s.length > 0 && s.every((w) => nama.has(w)));
  // what is done about the notes' subject is not the subject: "luas kawasan kumuh" is lower-is-
  // better, "Luas kawasan permukiman kumuh yang ditata" higher (the wording's own reason, a word
  // outside the subject, forms-blind99)
  if (hit && !ditanganiDiLuar(indikator, hit))
    return { polaritas: "negatif", sumber: "catatan", kata: hit.join(" ") };
  return { polaritas: "positif", sumber: "catatan-tersirat" };
}

/** Does the wording read positive by a word outside the notes' negative subject? */
function ditanganiDiLuar(indikator: string, subjek: readonly string[]): boolean {
  const tebak = polaritasDariTeks(indikator);
  if (tebak?.polaritas !== "positif" || !tebak.kata) return false;
  return !tebak.kata.split(" ").some((w) => subjek.includes(w));
}

// the row's own explanation says it: "Mengukur akses pangan rumah tangga (semakin kecil semakin baik)"
const LEBIH_KECIL_SATU = new RegExp(LEBIH_KECIL.source); // one match, no global state
const LEBIH_BESAR = new RegExp(`${GLOSA_POSITIF.source}|polaritas positif`);
const PENJELASAN = new Set(["definisi", "rumus", "keterangan"]);

const KOLOM_PENJELASAN = new WeakMap<DetectedTable, DetectedColumn[]>();

/** The table's definition, formula and remark columns: found once, asked for every row. */
function kolomPenjelasan(table: DetectedTable): DetectedColumn[] {
  let cols = KOLOM_PENJELASAN.get(table);
  if (!cols) KOLOM_PENJELASAN.set(table, (cols = table.columns.filter((c) => PENJELASAN.has(c.role))));
  return cols;
}

/** The polarity a row's definition, formula or remark states in so many words, if any. */
function polaritasPenjelasan(
  table: DetectedTable,
  grid: Grid,
  row: DetectedRow,
): TebakanPolaritas | undefined {
  // a row-wise table's block says it once, on any of its rows ("semakin kecil semakin baik" beside
  // the Target row, read for the Capaian row too, forms-blind67)
  const baris =
    table.orientation === "rows" && row.indikator
      ? table.rows.filter((r) => r.indikator === row.indikator).map((r) => r.row)
      : [row.row];
  for (const c of kolomPenjelasan(table))
    for (const b of baris) {
      const hasil = polaritasTeks(norm(textOf(grid.value(b, c.col))));
      if (hasil) return hasil;
    }
  return undefined;
}

// a row's "Rumus Capaian" cell writing the convention it uses: "(2T - R) / T x 100%" (refleksi),
// "T / R x 100%" (rasio), "R / T x 100%" (forms-blind80's IKK table, one per row)
const T = "t(?:arget)?";
const R = "r(?:ealisasi)?";
const RUMUS_REFLEKSI = new RegExp(`\\(\\s*2\\s*(?:x|\\*)?\\s*${T}\\s*-\\s*${R}\\s*\\)\\s*[/:]\\s*${T}\\b`);
const RUMUS_RASIO = (a: string, b: string): RegExp =>
  new RegExp(`^\\(?\\s*${a}\\s*[/:]\\s*${b}\\s*\\)?\\s*(?:x|\\*)\\s*100\\s*%?$`);
const RUMUS_NEGATIF = RUMUS_RASIO(T, R);
const RUMUS_POSITIF = RUMUS_RASIO(R, T);

/** The polarity an explanation states in so many words, if any. */
function polaritasTeks(t: string): TebakanPolaritas | undefined {
  const rumus = RUMUS_REFLEKSI.exec(t) ?? RUMUS_NEGATIF.exec(t);
  if (rumus) return { polaritas: "negatif", sumber: "baris", kata: rumus[0] };
  const positif = RUMUS_POSITIF.exec(t);
  if (positif) return { polaritas: "positif", sumber: "baris", kata: positif[0] };
  if (t.length < 15) return undefined;
  const neg = LEBIH_KECIL_SATU.exec(t);
  if (neg) return { polaritas: "negatif", sumber: "baris", kata: neg[0] };
  const pos = LEBIH_BESAR.exec(t);
  if (pos) return { polaritas: "positif", sumber: "baris", kata: pos[0] };
  return undefined;
}

/**
 * The polarity the title of a table of places states ("Luas Areal Terbakar per Kabupaten Tahun 2024
 * (semakin kecil semakin baik)", forms-blind75): its rows, one per kabupaten, all measure the one
 * indicator the title names. A table of several indicators takes nothing from its title.
 */
function polaritasJudul(table: DetectedTable): TebakanPolaritas | undefined {
  if (!table.title || !table.columns.some((c) => c.role === "lokasi")) return undefined;
  if (table.columns.some((c) => c.role === "indikator")) return undefined;
  const t = polaritasTeks(norm(table.title));
  return t && { ...t, sumber: "judul" };
}

// "10 = (2x8 - 9) / 8 x 100": the number row computing a column as the refleksi of two others
const NOMOR_REFLEKSI =
  /\(\s*2\s*(?:x|\*)?\s*\(?(\d{1,2})\)?\s*-\s*\(?(\d{1,2})\)?\s*\)\s*[/:]\s*\(?(\d{1,2})\)?/;
// (boxed: a table whose column says nothing is read once too)
const POLARITAS_KOLOM = new MemoObjek<DetectedTable, { p: TebakanPolaritas | undefined }>();

/**
 * The polarity the table's one capaian column (K) carries for every row, when a table with two
 * (the other may be positive) would not:
 * - the form's own number row over it computes the refleksi ("10 = (2x8 - 9) / 8 x 100" of a permit
 *   recap's service time, forms-blind85): lower is better, as stated;
 * - in a table of places, the heading over it names a lower-is-better measure ("Waktu Tanggap
 *   Darurat (jam) > Target | Realisasi | Capaian (%)" per kabupaten, forms-blind95): its rows, one
 *   per place, all measure that one thing. A guess from the heading's words, as weak as one from an
 *   indicator's name (a finding resting on it is a warning where the other convention fits).
 */
function polaritasKolomCapaian(table: DetectedTable, grid: Grid): TebakanPolaritas | undefined {
  return POLARITAS_KOLOM.ambil(table, (t) => {
    const capaian = t.columns.filter((c) => c.role === "capaian" && c.ukuran !== "Rp");
    if (capaian.length !== 1) return { p: undefined };
    const [kolom] = capaian;
    if (t.numberRow !== undefined) {
      const m = NOMOR_REFLEKSI.exec(norm(textOf(grid.value(t.numberRow, kolom.col))));
      if (m && m[1] === m[3]) return { p: { polaritas: "negatif", sumber: "nomor", kata: m[0] } };
    }
    const tempat =
      t.columns.some((c) => c.role === "lokasi") && !t.columns.some((c) => c.role === "indikator");
    const kelompok = tempat ? kelompokLabel(kolom.header) : undefined;
    if (kelompok) return { p: polaritasDariTeks(kelompok) };
    // or the one heading over the table's target and realisation, beside the capaian: "Waktu Layanan
    // (hari) > Standar | Rata-rata Realisasi" per kind of document (forms-blind314), each row that
    // measure of its kind; it says what is measured, before the rows' names ("Akta Kematian" is a
    // document issued, whose service time is measured here)
    const k = t.columns.filter((c) => (c.role === "target" || c.role === "realisasi") && c.ukuran !== "Rp");
    const atas = k.length === 2 && k[0].role !== k[1].role ? k.map((c) => kelompokLabel(c.header)) : [];
    const p = atas[0] && atas[0] === atas[1] ? polaritasDariTeks(atas[0]) : undefined;
    return { p: p && { ...p, sumber: "kepala" } };
  }).p;
}

/** A row's polarity from every source: the pane, the polarity column, the notes, the wording. */
export function polaritasRow(
  table: DetectedTable,
  grid: Grid,
  row: DetectedRow,
  nama: string,
  settings: Settings,
): TebakanPolaritas | undefined {
  const p = polaritasBaris(
    polaritasCell(table, grid, row),
    nama,
    settings.polaritas,
    polaritasPenjelasan(table, grid, row) ??
      polaritasJudul(table) ??
      polaritasKolomCapaian(table, grid) ??
      // (the row's number matters only where the notes list negatives by number)
      polaritasCatatan(
        table,
        grid,
        nama,
        nomorNegatif(table, grid).size ? nomorBaris(table, grid, row) : undefined,
        satuanNegatif(table, grid).size ? satuanBaris(table, grid, row) : undefined,
      ),
  );
  // rows the table names as its applications ("Aplikasi / Layanan": "Pengaduan warga (Lapor
  // Seranti)"): complaints counted there are the application's use, no guess either way
  // (forms-blind289's false alarm)
  const aplikasi =
    p?.sumber === "leksikon" &&
    p.polaritas === "negatif" &&
    /^(pengaduan|aduan|keluhan)$/.test(p.kata ?? "") &&
    table.columns.some(
      (c) => (c.role === "indikator" || c.role === "lainnya") && BARIS_LAYANAN.test(norm(c.header)),
    );
  return aplikasi ? undefined : p;
}

// (applications, not a "Jenis Layanan" to victims, whose complaints 69 .. 72 read as the negative)
const BARIS_LAYANAN = /^((nama|jenis) )?aplikasi( ?\/ ?layanan)?$/;

/** The row's unit as typed, from the table's Satuan column. */
function satuanBaris(table: DetectedTable, grid: Grid, row: DetectedRow): string | undefined {
  const col = table.columns.find((c) => c.role === "satuan")?.col;
  return col === undefined ? undefined : textOf(grid.value(row.row, col));
}

// each indicator row's place (1, 2, ...) in a table without a No column, read once per table
const URUTAN_INDIKATOR = new MemoObjek<DetectedTable, ReadonlyMap<DetectedRow, number>>();

function urutanIndikator(table: DetectedTable): ReadonlyMap<DetectedRow, number> {
  const urut = barisData(table).filter((r) => r.kind === "indikator");
  return new Map(urut.map((r, i) => [r, i + 1]));
}

/**
 * The row's own number ("6", "6."), from the table's No column; without one, its place among the
 * table's indicator rows, as notes count them ("indikator 3 dan 4 bersifat negatif" under a table
 * of four indicators and no No column, forms-blind330).
 */
function nomorBaris(table: DetectedTable, grid: Grid, row: DetectedRow): string | undefined {
  const col = table.columns.find((c) => c.role === "no")?.col;
  if (col === undefined) {
    const i = URUTAN_INDIKATOR.ambil(table, urutanIndikator).get(row);
    return i === undefined ? undefined : String(i);
  }
  const v = grid.value(row.row, col);
  return v === null || v === undefined ? undefined : String(v).trim();
}
