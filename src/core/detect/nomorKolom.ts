// The form's row of column numbers ("1 | 2 | ... | 13 = 6 + 12 | 14 = 13/5 x 100%"): which
// columns each number stands over, and what a capaian's number says it divides. One reader for
// the detector and the rules (identitasNomor's sums).
import type { Grid } from "../grid";
import { textOf } from "../grid";
import type { DetectedColumn } from "./types";
import { PLAN_ROLES } from "./peran";
import { kelompokKepala } from "./text";

/** "12/7 x 100" with no number of its own: the form's ratio written bare beside the column it divides. */
export const RASIO_TANPA_NOMOR = /^\(?\d{1,2}\)?\s*[/:]\s*\(?\d{1,2}\)?(\s*[x*]\s*100\s*%?)?$/i;

/**
 * The columns under each number of the number row, c1 .. c2: a number merged over a K / Rp pair
 * covers both, and so does a number written again in the next cell ("13 = 6 + 12" over K and
 * over Rp, unmerged, forms-blind100).
 */
export function kolomPerNomor(grid: Grid, row: number, c1: number, c2: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  let prev: { n: number; text: string; last: number } | undefined;
  for (let c = c1; c <= c2; c++) {
    const m = grid.mergeAt(row, c);
    if (m && (m.r1 !== row || m.c1 !== c)) continue;
    const text = angkaNomor(textOf(grid.value(row, c)).trim());
    // "12a = 12/7 x 100" is a column of its own, not a second (12) (forms-blind230)
    const n = RASIO_TANPA_NOMOR.test(text) ? null : /^\(?(\d{1,2})(?![\d\p{L}])\)?/u.exec(text);
    if (!n) {
      prev = undefined;
      continue;
    }
    const num = Number(n[1]);
    const cols: number[] = [];
    for (let x = c; x <= (m ? m.c2 : c); x++) cols.push(x);
    const again = prev && prev.n === num && prev.text === text && prev.last === c - 1;
    out.set(num, again ? [...(out.get(num) ?? []), ...cols] : cols);
    prev = { n: num, text, last: cols[cols.length - 1] };
  }
  return out;
}

// "13 = 6 + 12", "(12) = (8+9+10+11)", "(6) = (3)+(4)+(5)", "(6) = (3)+(4)-(5)"
const JUMLAH_NOMOR = /^\(?(\d{1,2})\)?\s*=\s*\(?\s*(\(?\d{1,2}\)?(?:\s*[+-]\s*\(?\d{1,2}\)?)+)\s*\)?$/;

/**
 * A number-row identity that adds and subtracts columns: its total, its terms and each term's
 * sign ("(6) = (3)+(4)-(5)": PKS active at the year's end = before + new - ended, forms-blind214),
 * or undefined.
 */
export function jumlahNomor(
  text: string,
): { total: number; parts: number[]; signs: Array<1 | -1> } | undefined {
  const m = JUMLAH_NOMOR.exec(angkaNomor(text.trim()));
  if (!m) return undefined;
  const terms = [...m[2].matchAll(/([+-]?)\s*\(?(\d{1,2})/g)];
  return {
    total: Number(m[1]),
    parts: terms.map((t) => Number(t[2])),
    signs: terms.map((t) => (t[1] === "-" ? -1 : 1)),
  };
}

/** Is the identity a plain sum, every term added? */
export const hanyaTambah = (j: { signs: Array<1 | -1> }): boolean => j.signs.every((x) => x > 0);

// "14 = 13/5 x 100%", "(14) = (13) : (5) x 100"
const RASIO_NOMOR =
  /^\(?(\d{1,2})\)?\s*=\s*\(?(\d{1,2})\)?\s*[/:]\s*\(?(\d{1,2})\)?(?:\s*(?:x|\*)\s*100\s*%?)?$/;

/**
 * A number row lettered "(a)" .. "(o)" read as 1 .. 15: "(f) = (c)+(d)+(e)" is "(6) = (3)+(4)+(5)"
 * (forms-blind267's industrial disputes per quarter). Every reader of the row's text goes through it.
 */
export function angkaNomor(text: string): string {
  return text.replace(/\(([a-o])\)/gi, (_, h: string) => `(${h.toLowerCase().charCodeAt(0) - 96})`);
}

/** A number-row ratio, "14 = 13/5 x 100%": [, its number, the dividend's, the divisor's], or null. */
export function rasioNomorDari(text: string): RegExpExecArray | null {
  return RASIO_NOMOR.exec(angkaNomor(text.trim().toLowerCase()).replace(/\s+/g, " "));
}

/**
 * A capaian whose number row divides a realisation to date ("14 = 13/5 x 100%", 13 the
 * "Realisasi ... s.d. Tahun Berjalan") is measured to date, whatever its header leaves out
 * ("Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD (%)" without "s.d.", forms-blind100).
 */
export function capaianSampaiNomor(
  grid: Grid,
  cols: DetectedColumn[],
  numberRow: number | undefined,
): DetectedColumn[] {
  if (numberRow === undefined || !cols.some((c) => c.role === "capaian" && !c.toDate)) return cols;
  const c1 = Math.min(...cols.map((c) => c.col));
  const c2 = Math.max(...cols.map((c) => c.col));
  const perNomor = kolomPerNomor(grid, numberRow, c1, c2);
  const byCol = new Map(cols.map((c) => [c.col, c]));
  return cols.map((c) => {
    if (c.role !== "capaian" || c.toDate || c.quarter !== undefined) return c;
    const m = rasioNomorDari(textOf(grid.value(numberRow, c.col)));
    if (!m) return c;
    const atas = (perNomor.get(Number(m[2])) ?? []).map((x) => byCol.get(x));
    const sampai = atas.filter(
      (x): x is DetectedColumn =>
        !!x && (x.role === "realisasi" || x.role === "realisasi-anggaran") && !!x.toDate,
    );
    if (!sampai.length || sampai.length !== atas.length) return c;
    const year = c.year ?? sampai.find((x) => x.year !== undefined)?.year;
    return { ...c, toDate: true, ...(year !== undefined ? { year } : {}) };
  });
}

// "(14) = (13)": the column is a copy of another ("Fisik Akhir Tahun (%)" of the last quarter's
// cumulative progress)
const SALINAN_NOMOR = /^\(?(\d{1,2})\)?\s*=\s*\(?(\d{1,2})\)?$/;

/**
 * A guessed column the number row states as a copy of another ("(14) = (13)" under "Fisik Akhir
 * Tahun (%)", beside "Realisasi Fisik Kumulatif (%) > TW IV") is the same quantity: its role and
 * year, the year's and not the quarter's (forms-blind288). Still a guess.
 */
export function salinanMenurutNomor(
  grid: Grid,
  cols: DetectedColumn[],
  numberRow: number | undefined,
): DetectedColumn[] {
  if (numberRow === undefined || cols.every((c) => c.certain)) return cols;
  const c1 = Math.min(...cols.map((c) => c.col));
  const c2 = Math.max(...cols.map((c) => c.col));
  let perNomor: Map<number, number[]> | undefined;
  return cols.map((c) => {
    if (c.certain) return c;
    const m = SALINAN_NOMOR.exec(angkaNomor(textOf(grid.value(numberRow, c.col)).trim()));
    if (!m) return c;
    perNomor ??= kolomPerNomor(grid, numberRow, c1, c2);
    const [src] = perNomor.get(Number(m[2])) ?? [];
    const asal = cols.find((x) => x.col === src);
    if (!asal?.certain || asal.col === c.col || (asal.role !== "realisasi" && asal.role !== "target"))
      return c;
    const out: DetectedColumn = { ...c, role: asal.role, ukuran: asal.ukuran, year: asal.year };
    delete out.quarter;
    delete out.toDate;
    return out;
  });
}

/**
 * Quarter columns the number row adds into a realisation ("12 = 8+9+10+11" over "Realisasi Capaian
 * Kinerja dan Anggaran Renja yang Dievaluasi", the quarters headed "Triwulan I" .. "IV" alone,
 * forms-blind212) are realisations, whatever a plan beside them suggested.
 */
export function triwulanMenurutNomor(
  grid: Grid,
  cols: DetectedColumn[],
  numberRow: number | undefined,
): DetectedColumn[] {
  if (
    numberRow === undefined ||
    !cols.some((c) => c.quarter !== undefined && (PLAN_ROLES.has(c.role) || !c.certain))
  )
    return cols;
  const c1 = Math.min(...cols.map((c) => c.col));
  const c2 = Math.max(...cols.map((c) => c.col));
  const perNomor = kolomPerNomor(grid, numberRow, c1, c2);
  const byCol = new Map(cols.map((c) => [c.col, c]));
  const jadi = new Set<number>();
  const pasti = new Set<number>();
  for (const c of cols) {
    if (c.role !== "realisasi" && c.role !== "realisasi-anggaran") continue;
    const m = jumlahNomor(textOf(grid.value(numberRow, c.col)));
    if (!m || !hanyaTambah(m)) continue;
    const parts = m.parts.flatMap((p) => perNomor.get(p) ?? []).map((x) => byCol.get(x));
    if (parts.length < 2 || !parts.every((x) => x?.quarter !== undefined)) continue;
    for (const x of parts)
      if (x && PLAN_ROLES.has(x.role) && !/\b(target|rencana|pagu|anggaran)\b/i.test(x.header))
        jadi.add(x.col);
      // a bare "Triwulan I > K" guessed as realised is what the form sums into its certain
      // "12 = 8+9+10+11": as certain as that total (forms-blind272's E.81, whose typed (12) K was
      // read as an info and its consequence in (13) reported instead)
      else if (x && c.certain && !x.certain && (x.role === "realisasi" || x.role === "realisasi-anggaran"))
        pasti.add(x.col);
  }
  if (!jadi.size && !pasti.size) return cols;
  return cols.map((c) =>
    jadi.has(c.col)
      ? { ...c, role: c.ukuran === "Rp" || c.role === "anggaran" ? "realisasi-anggaran" : "realisasi" }
      : pasti.has(c.col)
        ? { ...c, certain: true }
        : c,
  );
}

/**
 * A capaian the number row writes as a ratio of two columns of no role under its own heading
 * ("Kegiatan Pemuda > Dijadwalkan | Terlaksana | %" over "(2) | (3) | (4) = (3)/(2) x 100",
 * forms-blind213): the numerator is its realisation and the denominator its target, as the form
 * itself says, whatever words name them.
 */
export function pasanganCapaianNomor(
  grid: Grid,
  cols: DetectedColumn[],
  numberRow: number | undefined,
): DetectedColumn[] {
  if (numberRow === undefined || !cols.some((c) => c.role === "capaian")) return cols;
  const c1 = Math.min(...cols.map((c) => c.col));
  const c2 = Math.max(...cols.map((c) => c.col));
  const perNomor = kolomPerNomor(grid, numberRow, c1, c2);
  const byCol = new Map(cols.map((c) => [c.col, c]));
  const jadi = new Map<number, DetectedColumn>();
  for (const c of cols) {
    const kelompok = kelompokKepala(c.header);
    if (c.role !== "capaian" || c.toDate || !kelompok) continue;
    const m = rasioNomorDari(textOf(grid.value(numberRow, c.col)));
    if (!m) continue;
    const satu = (n: string): DetectedColumn | undefined => {
      const xs = perNomor.get(Number(n)) ?? [];
      return xs.length === 1 ? byCol.get(xs[0]) : undefined;
    };
    const [r, t] = [satu(m[2]), satu(m[3])];
    // (not a ratio's own terms, "Numerator | Denominator" of an SPM recap, forms-blind206: they
    // say what they are)
    const bebas = (x: DetectedColumn | undefined): x is DetectedColumn =>
      !!x &&
      x.role === "lainnya" &&
      x.ukuran !== "Rp" &&
      kelompokKepala(x.header) === kelompok &&
      !/\b(numerator|denominator|pembilang|penyebut)\b/i.test(x.header);
    if (!bebas(r) || !bebas(t)) continue;
    const year = c.year !== undefined ? { year: c.year } : {};
    jadi.set(r.col, { ...r, role: "realisasi", certain: true, ...year });
    jadi.set(t.col, { ...t, role: "target", certain: true, ...year });
  }
  return jadi.size ? cols.map((c) => jadi.get(c.col) ?? c) : cols;
}
