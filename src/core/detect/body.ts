// Where a table's body ends: at a footnote ("*) Data prediksi"), a title ("Tabel 7.4"), a new
// and different header, or a run of blank rows. A header repeated on a new printed page is part
// of the same table and is skipped.
import type { Grid } from "../grid";
import { Band, bandAt, bandSignature, headerScore, kataKepala, kepalaBerjudul } from "./band";
import { norm } from "./text";

export type Body = {
  first: number;
  last: number;
  repeatedHeaderRows: number[];
  footnoteRows: number[];
  /** Row where scanning for the next table may resume. */
  next: number;
};

const MAX_BLANK_GAP = 2;

function nonBlankCols(grid: Grid, r: number, c1: number, c2: number): number[] {
  const out: number[] = [];
  for (let c = c1; c <= c2; c++) if (!grid.isBlank(r, c)) out.push(c);
  return out;
}

export function isFootnoteRow(grid: Grid, r: number, c1: number, c2: number): boolean {
  const cols = nonBlankCols(grid, r, c1, c2);
  if (cols.length === 0 || cols.length > 2) return false;
  const s = norm(grid.value(r, cols[0]));
  return /^(\*+\)?|\(\*\)|sumber\b|keterangan\s*:|ket\s*:|catatan\s*:|note\s*:)/.test(s);
}

const BULAN = "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember";
// "Sleman, 20 Januari 2025", "NIP. 1975...", "KEPALA DINAS ...", "Pihak Pertama,", "Mengetahui".
const SIGNATURE = new RegExp(
  `^([a-z .'-]+,\\s*(tanggal\\s*)?\\d{1,2}\\s+(${BULAN})\\s+(19|20)\\d{2}|nip\\.?\\s|nip$|pihak (pertama|kedua)|ditetapkan di|dikeluarkan di|pada tanggal|mengetahui|menyetujui|kepala (dinas|badan|kantor|bagian|bidang|satuan|pelaksana)|(plt|plh|a\\.n|an)\\.? (kepala|bupati|wali ?kota|gubernur|sekretaris)|(bupati|wali ?kota|gubernur)\\b.*,?$|(pembina|penata)\\b)`,
);
// Free-text rows of an evaluation form that are no summary: they close the table.
const NARRATIVE = /^(faktor (pendorong|penghambat)|tindak lanjut|rekomendasi|kesimpulan|analisis)\b/;

/** At most three filled cells, the first of them text (stops counting early). */
function fewCells(grid: Grid, r: number, c1: number, c2: number): boolean {
  let n = 0;
  for (let c = c1; c <= c2; c++) {
    if (grid.isBlank(r, c)) continue;
    if (n === 0 && typeof grid.value(r, c) !== "string") return false;
    if (++n > 3) return false;
  }
  return n > 0;
}

/** A signature block line: a place and date, a position, NIP, "Pihak Pertama". */
function isSignatureRow(grid: Grid, r: number, c1: number, c2: number): boolean {
  const cols = nonBlankCols(grid, r, c1, c2);
  if (cols.length === 0 || cols.length > 3) return false;
  return (
    cols.every((c) => typeof grid.value(r, c) === "string") && SIGNATURE.test(norm(grid.value(r, cols[0])))
  );
}

/** A lone sentence after a blank row: a note on the table ("Capaian indikator negatif dihitung ..."). */
function isNoteRow(grid: Grid, r: number, c1: number, c2: number): boolean {
  const cols = nonBlankCols(grid, r, c1, c2);
  if (cols.length !== 1) return false;
  const v = grid.value(r, cols[0]);
  if (typeof v !== "string") return false;
  const s = norm(v);
  // a sentence, or a caption that introduces what follows ("Program dan anggaran (Rp juta):")
  return (s.split(" ").length >= 6 && (/[.;:]/.test(s) || s.length > 60)) || /:$/.test(s);
}

/**
 * A short caption after a blank row with a header under it ("Program dan Anggaran" over
 * "No | Kode | Program | Anggaran Awal (Rp) | ..."): the next table begins, this one has ended.
 */
function isCaptionOfNext(grid: Grid, r: number, c1: number, c2: number): boolean {
  const cols = nonBlankCols(grid, r, c1, c2);
  if (cols.length !== 1 || typeof grid.value(r, cols[0]) !== "string") return false;
  if (norm(grid.value(r, cols[0])).split(" ").length > 8 || r >= grid.rowCount) return false;
  // the header right under it, or after one blank row
  const h = r + 1 < grid.rowCount && grid.rowIsBlank(r + 1, c1, c2) ? r + 2 : r + 1;
  const next = nonBlankCols(grid, h, c1, c2).map((c) => grid.value(h, c));
  const teks = next.length >= 3 && next.every((v) => typeof v === "string");
  // (or a caption lettered as a part of the report, "B. Menurut Tahun LHP", over a row of labels
  // with figures under it: the report's next table, whatever its headings say, forms-blind325)
  const bagian = /^([a-h]|[ivx]{1,4}|\d{1,2})[.)] \S/.test(norm(grid.value(r, cols[0])));
  // (a heading's periods count as its words: "Sektor | TW I .. TW IV | Jumlah" under "Realisasi
  // keuangan per triwulan (Rp)", forms-blind329)
  return (
    (teks && next.filter((v) => kataKepala(String(v))).length >= 2) ||
    (teks && bagian && hasDataNumber(grid, h + 1, c1, c2)) ||
    kepalaBerjudul(grid, h)
  );
}

export function isTitleRow(grid: Grid, r: number, c1: number, c2: number): boolean {
  const cols = nonBlankCols(grid, r, c1, c2);
  if (cols.length !== 1) return false;
  return /^(tabel|table|lampiran|matriks?|gambar)\b/.test(norm(grid.value(r, cols[0])));
}

function sameHeader(grid: Grid, band: Band, header: string[], r: number): boolean {
  // cheap test first: the row must repeat the header's first filled cell
  const first = header.findIndex(Boolean);
  if (first < 0 || norm(grid.displayValue(r, band.c1 + first)) !== header[first]) return false;
  const b = bandSignature(grid, band, r).split("|");
  let same = 0;
  let filled = 0;
  for (let i = 0; i < header.length; i++) {
    if (!header[i]) continue;
    filled++;
    if (header[i] === b[i]) same++;
  }
  return filled > 0 && same / filled >= 0.7;
}

/** A data row: a number that is not a year (header rows hold only text and years). */
function hasDataNumber(grid: Grid, r: number, c1: number, c2: number): boolean {
  for (let c = c1; c <= c2; c++) {
    const v = grid.value(r, c);
    if (typeof v === "number" && !(Number.isInteger(v) && v >= 1990 && v <= 2100)) return true;
  }
  return false;
}

export function findBody(grid: Grid, band: Band): Body {
  const start = (band.numberRow ?? band.bottom) + 1;
  const repeatedHeaderRows: number[] = [];
  const footnoteRows: number[] = [];
  const height = band.bottom - band.top + 1;
  const header = bandSignature(grid, band).split("|");
  let last = start - 1;
  let blank = 0;
  let r = start;
  for (; r <= grid.rowCount; r++) {
    if (grid.rowIsBlank(r, band.c1, band.c2)) {
      blank++;
      if (blank > MAX_BLANK_GAP) break;
      continue;
    }
    // rows that end a table hold a few cells of text: a data row is passed after one look
    const few = fewCells(grid, r, band.c1, band.c2);
    if (
      few &&
      (isSignatureRow(grid, r, band.c1, band.c2) ||
        NARRATIVE.test(norm(grid.value(r, nonBlankCols(grid, r, band.c1, band.c2)[0] ?? band.c1))) ||
        (blank > 0 && (isNoteRow(grid, r, band.c1, band.c2) || isCaptionOfNext(grid, r, band.c1, band.c2))))
    )
      break;
    if (few && isFootnoteRow(grid, r, band.c1, band.c2)) {
      // footnotes close the table; consecutive footnote lines belong to it
      while (r <= grid.rowCount && isFootnoteRow(grid, r, band.c1, band.c2)) footnoteRows.push(r++);
      break;
    }
    if (few && isTitleRow(grid, r, band.c1, band.c2)) break;
    if (sameHeader(grid, band, header, r)) {
      const skip = height + (band.numberRow ? 1 : 0);
      for (let i = 0; i < skip; i++) repeatedHeaderRows.push(r + i);
      r += skip - 1;
      blank = 0;
      continue;
    }
    // A different table starts here; a body row with a word or two like "Tujuan" does not. After a
    // blank row, a header that opens a table of its own (a "No | Tingkat Pendidikan | L | P"
    // numbered by its rows) is one too
    if (
      !hasDataNumber(grid, r, band.c1, band.c2) &&
      (headerScore(grid, r, band.c1, band.c2) >= 3 ||
        (blank > 0 && headerScore(grid, r, band.c1, band.c2) >= 1)) &&
      bandAt(grid, r)
    )
      break;
    last = r;
    blank = 0;
  }
  return {
    first: start,
    last,
    repeatedHeaderRows: repeatedHeaderRows.filter((x) => x <= last),
    footnoteRows,
    next: Math.max(r, last + 1),
  };
}
