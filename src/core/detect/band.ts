// The header band of a table: one to four rows of labels, with merged cells spanning groups
// ("Target Kinerja" over years; a year over K and Rp), and the row of column numbers 1 2 3 ...
// that often follows it.
import { LABEL_ROLES } from "./peran";
import { RASIO_TANPA_NOMOR } from "./nomorKolom";
import { urutanPeriode } from "./periode";
import { labelJumlah } from "./rows";
import type { Grid } from "../grid";
import { textOf } from "../grid";
import { KOLOM_PERIODE, classifyHeader, isHeaderWord } from "./roles";
import { isYearText, norm } from "./text";

export type Band = { top: number; bottom: number; c1: number; c2: number; numberRow?: number };

const MAX_BAND_ROWS = 4;

function text(grid: Grid, r: number, c: number): string {
  const v = grid.value(r, c);
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
}

/** Non-blank cells of a row that start there (not covered by a merge from another row). */
function ownCells(grid: Grid, r: number, c1 = 1, c2 = grid.colCount): number[] {
  const cols: number[] = [];
  for (let c = c1; c <= c2; c++) {
    if (grid.isBlank(r, c)) continue;
    const m = grid.mergeAt(r, c);
    if (m && (m.r1 !== r || m.c1 !== c)) continue;
    cols.push(c);
  }
  return cols;
}

/** How many columns of [c1, c2] hold a heading (a cell or a merge) in rows r1 .. r2. */
function kolomKepala(grid: Grid, r1: number, r2: number, c1: number, c2: number): number {
  let n = 0;
  for (let c = c1; c <= c2; c++)
    for (let r = r1; r <= r2; r++)
      if (!grid.isBlank(r, c) || grid.mergeAt(r, c)) {
        n++;
        break;
      }
  return n;
}

/**
 * A heading's word: one naming a column role, or a period across the columns ("Sektor | TW I |
 * TW II | TW III | TW IV | Jumlah", forms-blind329).
 */
export function kataKepala(v: string): boolean {
  return isHeaderWord(v) || (v.length <= 16 && urutanPeriode(v) !== undefined);
}

/** How strongly a row reads as the first row of a header: cells naming column roles. */
export function headerScore(grid: Grid, r: number, c1 = 1, c2 = grid.colCount): number {
  let words = 0;
  let numbers = 0;
  let cells = 0;
  for (const c of ownCells(grid, r, c1, c2)) {
    cells++;
    const v = grid.value(r, c);
    if (typeof v === "number" && !(v >= 1990 && v <= 2100 && Number.isInteger(v))) numbers++;
    else if (typeof v === "string" && kataKepala(v)) words++;
  }
  if (cells < 2 || numbers > cells / 3) return 0;
  return words;
}

/**
 * Leaves under unmerged group headings ("Jaring Insang Dasar" over "Vol. (unit) | Harga Satuan
 * (Rp) | Nilai (Rp)", the heading typed once and its neighbours left blank, forms-blind44): short
 * words only, three or more, some under a blank heading cell whose row names a group to its left,
 * and numbers in the row below.
 */
function bawahKelompok(grid: Grid, r: number, cols: number[], c1: number, c2: number, min = 3): boolean {
  // (the form's number row is none: it ends the header)
  if (cols.length < min || isNumberRow(grid, r, c1, c2)) return false;
  if (!cols.every((c) => typeof grid.value(r, c) === "string" && text(grid, r, c).trim().length <= 40))
    return false;
  const grouped = cols.filter(
    (c) => grid.isBlank(r - 1, c) && !grid.mergeAt(r - 1, c) && c > 1 && !grid.isBlank(r - 1, c - 1),
  );
  if (grouped.length === 0) return false;
  let numbers = 0;
  for (let c = Math.min(...cols); c <= Math.max(...cols); c++)
    if (typeof grid.value(r + 1, c) === "number") numbers++;
  // (or the form's number row below: "Realisasi Belanja Kapitasi (Rp)" typed once over "Jasa
  // Pelayanan | Dukungan Biaya Operasional | Jumlah", then "(1) .. (10)", forms-blind185)
  return numbers >= 2 || isNumberRow(grid, r + 1, c1, c2);
}

/** A sub-header row: only short labels (years, K/Rp, Target/Realisasi, role words). */
function isLabelRow(grid: Grid, r: number, c1: number, c2: number): boolean {
  const cols = ownCells(grid, r, c1, c2);
  if (cols.length === 0) return false;
  if (bawahKelompok(grid, r, cols, c1, c2)) return true;
  // "I Indikator Tujuan" under the header is the body's first section, not a header row
  const only = cols.length === 1 ? norm(text(grid, r, cols[0])) : "";
  if (cols.length === 1 && !(isYearText(only) || /^(k|rp\.?)$/.test(only))) return false;
  return cols.every((c) => {
    const v = grid.value(r, c);
    if (typeof v === "number") return Number.isInteger(v) && v >= 1990 && v <= 2100;
    // a heading repeated under itself: a merged header pasted or exported without its merges
    if (typeof v === "string" && v.trim() && v === grid.value(r - 1, c)) return true;
    // a short label under a group heading merged across columns ("Pagu Anggaran (Rp)" over
    // "APBD Murni | APBD Perubahan")
    const above = grid.mergeAt(r - 1, c);
    if (typeof v === "string" && above && above.r2 === r - 1 && above.c2 > above.c1 && v.trim().length <= 40)
      return true;
    // (or under a group heading typed in each of its cells, a merge exported without it: "Hasil |
    // Hasil" over "Disahkan | Dibatalkan", forms-blind318)
    if (typeof v === "string" && v.trim().length <= 40 && kelompokBerulang(grid, r - 1, c)) return true;
    const s = norm(text(grid, r, c));
    return (
      s.length <= 60 &&
      (isYearText(s) ||
        // ("2025 (Tahun ke-1)": a year with its ordinal, under a group heading typed once, forms-blind168)
        /^(19|20)\d{2} \((tahun|th\.?) ?ke ?-? ?[1-9]\)$/.test(s) ||
        // ("Tahun-1 (2025)": the ordinal first, its year in brackets, forms-blind219)
        /^(tahun|th\.?) ?(ke)? ?-? ?[1-9] \((19|20)\d{2}\)$/.test(s) ||
        isHeaderWord(s) ||
        /^(tahun ke|th ke|tw|triwulan|semester|fisik|keuangan|kinerja)\b|^(i{1,3}|iv)$/.test(s) ||
        // ("Tahun - 1" .. "Tahun - 5" over Target | Rp pairs, typed once, unmerged, forms-blind308)
        /^(tahun|th\.?) ?- ?[1-9]$/.test(s) ||
        // a unit in brackets under a named column ("Baik > (unit)", forms-blind78), no "(1)" or
        // "(a)" of a number row
        /^\(\s*[a-z][^()]{1,14}\)$|^\(%\)$/.test(s))
    );
  });
}

/** Is the heading at (r, c) typed again in a neighbouring cell of its row (one group, unmerged)? */
function kelompokBerulang(grid: Grid, r: number, c: number): boolean {
  const t = text(grid, r, c).trim();
  if (!t || grid.mergeAt(r, c)) return false;
  return (c > 1 && text(grid, r, c - 1).trim() === t) || text(grid, r, c + 1).trim() === t;
}

/** 1 2 3 ... (or "(1)" "(2)" ...) across the table's columns. */
export function isNumberRow(grid: Grid, r: number, c1: number, c2: number): boolean {
  const cols = ownCells(grid, r, c1, c2);
  if (cols.length < 3 || cols.length < (c2 - c1 + 1) * 0.5) return false;
  // "I | II | III | IV | XII | XIII": columns numbered in roman numerals (forms-blind30's T-C.27
  // over two sheets, whose second one skips to the numbers it continues with)
  const romans = cols.map((c) => romawi(text(grid, r, c).trim()));
  if (romans.every((n) => n !== undefined)) {
    const ns = romans as number[];
    return ns[0] <= 2 && ns.every((n, i) => i === 0 || n > ns[i - 1]);
  }
  // (a row may number its first column "(0)", forms-blind90: nothing before it to repeat)
  let prev = -1;
  let prevCol = 0;
  let prevTambahan = false;
  let prevRumus = false;
  let sebelum = -1;
  let first = 0;
  let salahKetik = 0;
  for (const c of cols) {
    // "12/7 x 100" with no number of its own, after "12": the form's ratio written bare, beside
    // the column it divides (forms-blind214); it numbers nothing, so the next number runs on
    if (prev >= 0 && RASIO_TANPA_NOMOR.test(text(grid, r, c).trim())) {
      prevCol = c;
      prevTambahan = true;
      continue;
    }
    // "13 = 6 + 12", "14=13/5 x100%": a column number with the form's identity beside it;
    // "Kolom 6" (repeated over a K | Rp pair), "(a)" .. "(o)"
    // "4a" after "4": a column the form added between its numbered ones
    // ("(f) = (e)/(d) x 100": an identity written with the letters of a lettered number row)
    // ("5 = 5 (bln lalu) + 4": a running total's identity, its words in brackets, forms-blind37)
    // ("(9) = (3) s.d. (8)": a sum over a run of columns, forms-blind52)
    // ("a1" after "a": likewise among lettered columns, forms-blind77)
    // ("(7)=(6)/Target x 100": a share of a target typed above the table, forms-blind98)
    // ("4 = 4 sebelumnya + 3": a running total's identity, its words bare, forms-blind199)
    // "2-3": one column numbered for two of the form's (its code and its name together,
    // forms-blind245's E.81); the next number runs on from the second
    const dua = /^\(?(\d{1,2})\)?\s*[-–]\s*\(?(\d{1,2})\)?$/.exec(text(grid, r, c).trim());
    if (dua && Number(dua[2]) > Number(dua[1]) && Number(dua[2]) - Number(dua[1]) <= 3) {
      if (Number(dua[1]) <= prev) return false;
      first ||= Number(dua[1]);
      sebelum = prev;
      prev = Number(dua[2]);
      prevCol = c;
      prevTambahan = false;
      prevRumus = false;
      continue;
    }
    // ("(10) = (9)/Jumlah (9) x 100", "(10) = (9)/Σ(9) x 100": a share of the column's total,
    // forms-blind213, 215): an identity may name what it reads in any words; the row is a number
    // row only if every cell is numbered
    const m =
      /^(kolom |kol\.? )?\(?(\d{1,2}|[a-z])([a-z]|\d)?\)?(\s*=\s*(?:[\d\s()+\-*/:.,%a-zΣ∑]|s\/d){1,60})?$/i.exec(
        text(grid, r, c).trim(),
      );
    if (!m || (m[3] && /\d/.test(m[2]) === /\d/.test(m[3]))) return false;
    const n = /\d/.test(m[2]) ? Number(m[2]) : m[2].toLowerCase().charCodeAt(0) - 96;
    // "14 = 13/5 x 100 | 16 = 12/7 x 100 | 15": a column the Pemda added, numbered after the
    // form's last and stating its identity, set before that last one (forms-blind264's E.81);
    // the numbering runs on from the added number
    const sisipan: boolean = n < prev && prevRumus && n > sebelum;
    // ("(2a) | (2)": the added column numbered before the one it joins, forms-blind123)
    // ("... 15 | 16 | 16 | 17 ..." over nineteen columns: one number typed twice is a slip of the
    // row's typist, not a body row of small numbers, forms-blind344's T-C.27)
    const ulang = n === prev && !m[1] && !m[3] && !prevTambahan && !bawahJudulSama(grid, r, prevCol, c);
    if ((n < prev && !sisipan) || (ulang && (cols.length < 8 || salahKetik++ > 0))) return false;
    first ||= n;
    if (n !== prev) sebelum = sisipan ? n : prev;
    prev = Math.max(prev, n);
    prevCol = c;
    prevTambahan = !!m[3];
    prevRumus = !!m[4] && !sisipan;
  }
  // ("3 | 4 | 5 | 5a | 6 | 6 | ...": an E.81 without its No and Sasaran columns keeps the form's
  // numbers, so its first is 3, forms-blind352; in a long row only)
  return first <= 2 || (first <= 4 && cols.length >= 8) || lanjutanKiri(grid, r, c1, first);
}

/**
 * Does the row's numbering run on from a table to the left, "(10)" beside the "(9)" that ends it?
 * A table set beside another shares its number row (forms-blind136's bridges beside the roads).
 */
function lanjutanKiri(grid: Grid, r: number, c1: number, first: number): boolean {
  for (let c = c1 - 1; c >= Math.max(1, c1 - 3); c--) {
    const t = text(grid, r, c).trim();
    if (!t) continue;
    const m = /^\(?(\d{1,2})\)?/.exec(t);
    return !!m && Number(m[1]) === first - 1;
  }
  return false;
}

/**
 * Two columns under one heading, merged over both, typed in each ("Target RKPD 2024" over "K |
 * Rp") or typed once over the first: a number row may repeat the heading's column number over the
 * pair (forms-blind65, 238).
 */
function bawahJudulSama(grid: Grid, r: number, a: number, b: number): boolean {
  for (let h = r - 1; h >= Math.max(1, r - MAX_BAND_ROWS); h--) {
    const m = grid.mergeAt(h, a);
    if (m && m.c2 >= b) return true;
    const t = text(grid, h, a).trim();
    if (t && t === text(grid, h, b).trim()) return true;
    // (typed once, over the first of the pair, its neighbour left blank and unmerged: "Target
    // Renstra s.d. 2026" over "Kinerja | Keuangan (Rp)", forms-blind238)
    if (t && b === a + 1 && !text(grid, h, b).trim() && !grid.mergeAt(h, b) && h < r - 1) {
      const [x, y] = [text(grid, h + 1, a).trim(), text(grid, h + 1, b).trim()];
      if (x && y && x !== y) return true;
    }
  }
  return false;
}

/** "XIV" -> 14 (I .. XXXIX, the column numbers a form can have); undefined for anything else. */
function romawi(t: string): number | undefined {
  const m = /^\(?(x{0,3})(ix|iv|v?i{0,3})\)?$/i.exec(t);
  if (!m || !(m[1] + m[2])) return undefined;
  const units: Record<string, number> = {
    i: 1,
    ii: 2,
    iii: 3,
    iv: 4,
    v: 5,
    vi: 6,
    vii: 7,
    viii: 8,
    ix: 9,
    "": 0,
  };
  return m[1].length * 10 + units[m[2].toLowerCase()];
}

/** How many cells of row `r` from column `from` to `to` hold numbers. */
function angkaDi(grid: Grid, r: number, from: number, to: number): number {
  let n = 0;
  for (let c = from; c <= to; c++) if (typeof grid.value(r, c) === "number") n++;
  return n;
}

/**
 * A form's header that names no role but its row label ("No | Obyek Pemeriksaan | Jumlah Temuan |
 * Status Tindak Lanjut | %", an inspectorate's follow-up recap, forms-blind36): words only, opened
 * by a label column, and numbered by a row of column numbers under it, as forms are.
 */
function kepalaBernomor(grid: Grid, top: number): boolean {
  const cols = ownCells(grid, top);
  const pertama = text(grid, top, cols[0]);
  const peranPertama = classifyHeader([pertama]).role;
  // rows named by place ("Ruang Perawatan | Tempat Tidur | ... | BOR (%)", a hospital's wards,
  // forms-blind226) only with the form's own column numbers under the header
  const tempat = peranPertama === "lokasi";
  if (cols.length < 3 || !(LABEL_ROLES.has(peranPertama) || KOLOM_PERIODE.test(norm(pertama)) || tempat))
    return false;
  if (!cols.every((c) => typeof grid.value(top, c) === "string")) return false;
  const c1 = cols[0];
  const c2 = Math.max(...cols.map((c) => grid.mergeAt(top, c)?.c2 ?? c));
  // (or only the columns up to the first one left empty: a table beside it has no numbers of its
  // own, forms-blind246's kafilah per cabang beside the kecamatan's numbered recap)
  const run = ujungBersambung(grid, top, cols);
  // (four columns or more: counted under the merges, "Kecamatan | Jumlah Desa Wisata menurut
  // Klasifikasi | Akomodasi Hotel" heads nine, forms-blind337)
  if (c2 - c1 >= 3)
    for (let r = top + 1; r <= top + MAX_BAND_ROWS; r++)
      if (
        isNumberRow(grid, r, c1, c2) ||
        (run < c2 && run - c1 >= 3 && isNumberRow(grid, r, c1, run) && grid.isBlank(r, run + 1))
      )
        return true;
  if (tempat) return false;
  // or by its rows, numbered 1, 2 under "No" and holding numbers ("No | Golongan / Ruang | Jenis
  // Kelamin > Laki-laki | Perempuan | Jumlah", a personnel recap, forms-blind41)
  const nomor = (r: number): number | undefined => {
    const v = grid.value(r, c1);
    const n = typeof v === "number" ? v : typeof v === "string" ? Number(v.trim().replace(/\.$/, "")) : NaN;
    return Number.isInteger(n) ? n : undefined;
  };
  const angka = (r: number): number => angkaDi(grid, r, c1 + 1, c2);
  for (let r = top + 1; r <= top + MAX_BAND_ROWS; r++)
    if (nomor(r) === 1 && nomor(r + 1) === 2 && angka(r) >= 2 && angka(r + 1) >= 2) return true;
  // or, under "Periode", by its rows led by the first two periods and holding numbers ("Triwulan I |
  // Triwulan II" of disciplinary penalties by level, forms-blind218)
  if (KOLOM_PERIODE.test(norm(pertama)))
    for (let r = top + 1; r <= top + MAX_BAND_ROWS; r++)
      if (
        urutanPeriode(text(grid, r, c1)) === 1 &&
        urutanPeriode(text(grid, r + 1, c1)) === 2 &&
        angka(r) >= 2 &&
        angka(r + 1) >= 2
      )
        return true;
  return false;
}

/**
 * A form's header of words that name no role at all ("Cabang Olahraga | Medali > Emas .. Jumlah |
 * Jumlah Atlet", forms-blind348), numbered under it by a row that states one of the form's own
 * identities ("5 = 2+3+4"), over rows led by a name with two numbers or more: the form says it is
 * a table.
 */
function kepalaBerumus(grid: Grid, top: number): boolean {
  const cols = ownCells(grid, top);
  if (cols.length < 3 || !cols.every((c) => typeof grid.value(top, c) === "string")) return false;
  const c1 = cols[0];
  const c2 = Math.max(...cols.map((c) => grid.mergeAt(top, c)?.c2 ?? c));
  if (c2 - c1 < 3) return false;
  const baris = (x: number): boolean =>
    typeof grid.value(x, c1) === "string" && angkaDi(grid, x, c1 + 1, c2) >= 2;
  // (periods "I | II | III | IV" under a heading may read as numbers too: the row with the identity)
  for (let r = top + 1; r <= top + MAX_BAND_ROWS; r++) {
    if (!isNumberRow(grid, r, c1, c2)) continue;
    let rumus = false;
    for (let c = c1; c <= c2 && !rumus; c++) rumus = /\d\s*=\s*\(?\d/.test(text(grid, r, c));
    if (rumus) return baris(r + 1) && baris(r + 2);
  }
  return false;
}

/** The last column of the header row's first run of labels, up to the first column left empty. */
function ujungBersambung(grid: Grid, top: number, cols: readonly number[]): number {
  let c2 = cols[0];
  while (cols.includes(c2 + 1) || (grid.mergeAt(top, c2 + 1)?.r1 ?? 0) === top) c2++;
  return c2;
}

/**
 * A recap's header that names one role at most, over rows led by their names with two numbers or
 * more each, three rows or more, closed by its own "Jumlah" row ("Jenis Dokumen | Permohonan Masuk
 * | Persetujuan Terbit | % Terbit" over AMDAL, UKL-UPL, SPPL and Jumlah, forms-blind232): a table
 * that totals itself. Read up to the first column left empty, so a table beside it is its own.
 */
function kepalaBerjumlah(grid: Grid, top: number): boolean {
  const cols = ownCells(grid, top);
  if (cols.length < 3 || !cols.every((c) => typeof grid.value(top, c) === "string")) return false;
  const c1 = cols[0];
  const c2 = ujungBersambung(grid, top, cols);
  if (c2 - c1 < 2) return false;
  const angka = (r: number): number => angkaDi(grid, r, c1 + 1, c2);
  let rows = 0;
  // (a first label merged down over a second header row, "Perangkat Daerah Pemrakarsa" over
  // "Rancangan > Diajukan | Selesai", starts its rows under that merge, forms-blind269)
  const m = grid.mergeAt(top, c1);
  const awal = m && m.r1 === top && m.c1 === c1 && m.c2 === c1 && m.r2 - top <= 2 ? m.r2 + 1 : top + 1;
  for (let r = awal; r <= grid.rowCount; r++) {
    const t = text(grid, r, c1);
    const n = angka(r);
    if (!t || n === 0) return false;
    if (labelJumlah(t)) return rows >= 3;
    if (n < 2) return false;
    rows++;
  }
  return false;
}

/**
 * A header under an enumerated caption ("B. KELAPA DALAM" over "Kabupaten/Kota | Areal (Ha) > ...
 * | Produksi Kopra (Ton) | Produktivitas (Kg/Ha)", the second commodity of a recap sheet,
 * forms-blind71): four or more labels, one naming a role, numbers right under the band.
 */
export function kepalaBerjudul(grid: Grid, top: number): boolean {
  const cols = ownCells(grid, top);
  if (cols.length < 2 || !cols.every((c) => typeof grid.value(top, c) === "string")) return false;
  // (two columns only as a worked figure's table: "Uraian | Tahun 2024" under "Tabel 3.2
  // Perhitungan ...", the parts of one indicator of the LKjIP above it, forms-blind163)
  if (
    cols.length === 2 &&
    !/^(uraian|komponen|rincian|variabel|unsur)\b/.test(norm(text(grid, top, cols[0])))
  )
    return false;
  const above = top > 1 && grid.rowIsBlank(top - 1) ? top - 2 : top - 1;
  const cap = above >= 1 ? ownCells(grid, above) : [];
  if (cap.length !== 1) return false;
  let caption = norm(text(grid, above, cap[0]));
  // "Tabel 3.2" on a line of its own over the table's title ("Hasil Penilaian Eksternal Tahun
  // 2021-2024", an LKjIP's table of assessments, forms-blind108)
  const atas = above > 1 ? ownCells(grid, above - 1) : [];
  const nomor = atas.length === 1 ? norm(text(grid, above - 1, atas[0])) : "";
  if (/^(tabel|table)\s+[\divx]+(\.\d+)*\.?$/.test(nomor)) caption = `${nomor} ${caption}`;
  if (!/^(([a-h]|[ivx]{1,4}|\d{1,2})[.)]\s+\S|(tabel|table)\b)/.test(caption)) return false;
  // a numbered "Tabel 1." heads a table whatever its columns are called ("Peringkat | Kontingen
  // Kabupaten/Kota | Medali > E | P | PG | Total", a games' final standings, forms-blind78); an
  // enumerated caption needs a column named as tables name them
  // (or rows led by consecutive years: "Tahun LHP | Jumlah Rekomendasi | Sesuai Rekomendasi | ..."
  // over 2019 .. 2024 under "B. Menurut Tahun LHP", forms-blind325)
  const tahun = (r: number): number => {
    const t = text(grid, r, cols[0]).trim();
    return /^(19|20)\d\d$/.test(t) ? Number(t) : NaN;
  };
  if (
    !/^(tabel|table)\s+([\divx]+)\b/.test(caption) &&
    !cols.some((c) => isHeaderWord(text(grid, top, c))) &&
    !(tahun(top + 2) === tahun(top + 1) + 1)
  )
    return false;
  // (three columns only under a numbered "Tabel 3.2", rows led by their year: "Tahun Evaluasi |
  // Nilai AKIP | Kategori" over 2022 .. 2024, forms-blind160)
  if (cols.length <= 3 && !/^(tabel|table)\s+[\divx]/.test(caption)) return false;
  for (let r = top + 1; r <= top + MAX_BAND_ROWS; r++) {
    let angka = 0;
    const own = ownCells(grid, r);
    for (const c of own) if (typeof grid.value(r, c) === "number") angka++;
    if (angka >= 2) return true;
    if (cols.length === 2 && angka === 1 && own.length === 2 && typeof grid.value(r, own[0]) === "string")
      return true;
    if (
      cols.length === 3 &&
      angka >= 1 &&
      own.length > 0 &&
      /^(19|20)\d\d$/.test(text(grid, r, own[0]).trim())
    )
      return true;
  }
  return false;
}

/** The band starting at row `top`, or undefined when `top` does not start a header. */
export function bandAt(grid: Grid, top: number): Band | undefined {
  return bandsAt(grid, top)[0];
}

/**
 * The bands starting at row `top`: usually one; two or more when tables stand side by side,
 * separated by a column that is empty in the header and under it.
 */
export function bandsAt(grid: Grid, top: number): Band[] {
  const score = headerScore(grid, top);
  if (
    score < 2 &&
    !(score === 1 && (kepalaBernomor(grid, top) || kepalaBerjumlah(grid, top))) &&
    !(score <= 1 && kepalaBerjudul(grid, top)) &&
    !kepalaDiAtas(grid, top) &&
    !(score <= 1 && kepalaBerumus(grid, top))
  )
    return [];
  let c1 = Infinity;
  let c2 = 0;
  let bottom = top;
  const widen = (r: number): void => {
    for (let c = 1; c <= grid.colCount; c++) {
      if (grid.isBlank(r, c) && !grid.mergeAt(r, c)) continue;
      const m = grid.mergeAt(r, c);
      c1 = Math.min(c1, m ? m.c1 : c);
      c2 = Math.max(c2, m ? m.c2 : c);
      if (m && m.r1 === r) bottom = Math.max(bottom, Math.min(m.r2, top + MAX_BAND_ROWS - 1));
    }
  };
  widen(top);
  // Rows covered by merges from the top row belong to the band; so do label rows under it.
  for (let r = top + 1; r <= bottom; r++) widen(r);
  while (bottom - top + 1 < MAX_BAND_ROWS && isLabelRow(grid, bottom + 1, c1, c2)) {
    bottom++;
    widen(bottom);
  }
  const bands: Band[] = [];
  const parts = sideBySide(grid, top, bottom, c1, c2);
  for (const [a, b, t] of parts) {
    const band: Band = {
      top: t,
      bottom: parts.length > 1 ? partBottom(grid, t, a, b, bottom) : bottom,
      c1: a,
      c2: b,
    };
    if (isNumberRow(grid, band.bottom + 1, a, b)) band.numberRow = band.bottom + 1;
    bands.push(band);
  }
  return bands;
}

/**
 * The first row of a header whose second row names the roles: "Korwil | Jumlah Guru | Lulus PPG
 * (orang) > TW I .. TW IV | ..." with its labels merged down over both rows (forms-blind344). The
 * merges say the two rows are one header, so it starts here, not on the row under it.
 */
function kepalaDiAtas(grid: Grid, top: number): boolean {
  if (top >= grid.rowCount) return false;
  let turun = 0;
  for (const c of ownCells(grid, top)) {
    const m = grid.mergeAt(top, c);
    if (m && m.r1 === top && m.r2 === top + 1 && typeof grid.value(top, c) === "string") turun++;
  }
  // (the merges first: most rows have none, and the next row's score is read when it comes)
  return turun >= 2 && headerScore(grid, top + 1) >= 2;
}

/**
 * The last header row of one of several tables side by side: its own merges and label rows only.
 * Within the rows its neighbour's header spans (`upTo`), two leaves under a heading typed once
 * are header too ("Kios / Los" over "Jumlah | Terisi" beside a recap merged over two rows,
 * forms-blind318).
 */
function partBottom(grid: Grid, top: number, c1: number, c2: number, upTo = top): number {
  let bottom = top;
  for (let r = top; r <= bottom; r++)
    for (let c = c1; c <= c2; c++) {
      const m = grid.mergeAt(r, c);
      if (m && m.r1 === r) bottom = Math.max(bottom, Math.min(m.r2, top + MAX_BAND_ROWS - 1));
    }
  const label = (r: number): boolean =>
    isLabelRow(grid, r, c1, c2) ||
    (r <= upTo && bawahKelompok(grid, r, ownCells(grid, r, c1, c2), c1, c2, 2));
  while (bottom - top + 1 < MAX_BAND_ROWS && label(bottom + 1)) bottom++;
  return bottom;
}

const SPLIT_PROBE_ROWS = 6;

/**
 * A header part that starts a table of its own: a label column (No, Kode, Indikator, ...) first,
 * or a first column whose rows are named in words beside figures ("Triwulan" over "Triwulan I ..
 * Jumlah" beside "Target Retribusi (Rp) | Realisasi | Capaian (%)", forms-blind122).
 */
function startsTable(grid: Grid, top: number, c1: number, c2: number): boolean {
  const first = ownCells(grid, top, c1, c2)[0];
  if (first === undefined) return false;
  if (LABEL_ROLES.has(classifyHeader([text(grid, top, first)]).role)) return true;
  const from = partBottom(grid, top, c1, c2) + 1;
  // (or rows led by the first two periods, each with a figure: "Tahap Penyaluran | Tanggal SP2D |
  // Jumlah (Rp)" over "Tahap I | Tahap II | Jumlah", beside the parties' aid, forms-blind254)
  const angka = (r: number): boolean => angkaDi(grid, r, first + 1, c2) >= 1;
  if (
    urutanPeriode(text(grid, from, first)) === 1 &&
    urutanPeriode(text(grid, from + 1, first)) === 2 &&
    angka(from) &&
    angka(from + 1)
  )
    return true;
  let named = 0;
  for (let r = from; r < from + SPLIT_PROBE_ROWS; r++) {
    if (typeof grid.value(r, first) !== "string") continue;
    let numbers = 0;
    for (let c = first + 1; c <= c2; c++) if (typeof grid.value(r, c) === "number") numbers++;
    // (a part of two columns, a name and its figure: "Penjamin | Pendapatan 2024 (Rp)", forms-blind291)
    if (numbers >= Math.min(2, c2 - first)) named++;
  }
  return named >= 3;
}

/** The first row of a part of the band that holds a cell of its own: a table beside another may
 * start its header a row lower ("Kabupaten | PUS | Unmet Need" under the row where its neighbour's
 * group heading stands, forms-blind124). */
function partTop(grid: Grid, top: number, bottom: number, c1: number, c2: number): number {
  for (let r = top; r <= bottom; r++) if (ownCells(grid, r, c1, c2).length > 0) return r;
  return top;
}

/**
 * Column spans of tables side by side: split at a column that is empty (and unmerged) in every
 * header row and in the first rows under it, when each part is a header of its own.
 */
function sideBySide(
  grid: Grid,
  top: number,
  bottom: number,
  c1: number,
  c2: number,
): Array<[number, number, number]> {
  const empty = (c: number): boolean => {
    for (let r = top; r <= bottom + SPLIT_PROBE_ROWS; r++)
      if (!grid.isBlank(r, c) || grid.mergeAt(r, c)) return false;
    return true;
  };
  const spans: Array<[number, number]> = [];
  let start = c1;
  for (let c = c1 + 1; c < c2; c++) {
    if (!empty(c)) continue;
    // (or both parts open with a label column, "No | Kecamatan | ..." beside "No | Daerah Irigasi |
    // Luas Baku (ha) | ...", each of three columns or more: a recap's second table whose headings
    // name no role, forms-blind109)
    const kiri = partTop(grid, top, bottom, start, c - 1);
    const kanan = partTop(grid, top, bottom, c + 1, c2);
    // (the right part's columns counted over its header rows: "Periode | Penerimaan PBB-P2 > Pada
    // Triwulan | Kumulatif" heads three, forms-blind160)
    // (the left part's columns counted over its header rows too: "Bulan | Harga Rata-rata di
    // Tingkat Petani > Cabai Merah (Rp/kg) | ..." heads five under one merged heading, beside
    // "Triwulan | Sertifikat PSAT > ...", forms-blind272)
    const kembar =
      startsTable(grid, kiri, start, c - 1) &&
      kolomKepala(grid, kiri, bottom, start, c - 1) >= 3 &&
      kolomKepala(grid, kanan, bottom, c + 1, c2) >= 3;
    // (or a right part of two columns beside a table of its own: "Penjamin | Pendapatan 2024 (Rp)"
    // beside a revenue recap per instalasi, its rows named with one figure each, forms-blind291)
    const pasangan = c2 - c === 2 && headerScore(grid, kiri, start, c - 1) >= 2;
    if (
      (kembar ||
        pasangan ||
        (headerScore(grid, kiri, start, c - 1) >= 2 && headerScore(grid, kanan, c + 1, c2) >= 2)) &&
      startsTable(grid, kanan, c + 1, c2)
    ) {
      spans.push([start, c - 1]);
      start = c + 1;
    }
  }
  spans.push([start, c2]);
  // trim empty edges of each part
  return spans.map(([a, b]) => {
    while (a < b && empty(a)) a++;
    while (b > a && empty(b)) b--;
    return [a, b, spans.length > 1 ? partTop(grid, top, bottom, a, b) : top];
  });
}

/** The labels of one column from the top of the band down, merged cells read once each. */
export function headerPath(grid: Grid, band: Band, col: number): string[] {
  const path: string[] = [];
  let last: string | undefined;
  const written = unmergedGroups(grid, band);
  for (let r = band.top; r <= band.bottom; r++) {
    const m = grid.mergeAt(r, col);
    const v = grid.displayValue(r, col);
    let s = textOf(v).replace(/\s+/g, " ").trim();
    let key = m ? `${m.r1}:${m.c1}` : `${r}:${col}`;
    if (!s && !m) {
      const from = written.get(r * 16385 + col);
      if (from !== undefined) {
        s = textOf(grid.displayValue(r, from)).replace(/\s+/g, " ").trim();
        key = `${r}:${from}`;
      }
    }
    if (!s || key === last) continue;
    last = key;
    if (path[path.length - 1] !== s) path.push(s);
  }
  return path;
}

const GROUPS = new WeakMap<Grid, Map<string, Map<number, number>>>();

/**
 * Group headings written once in their first cell, without a merge ("Target Kinerja dan Pagu
 * Indikatif" over ten columns, "2022" over K and Rp), as exported forms often come: a blank
 * heading cell with labels under it belongs to the nearest heading on its left, within the
 * heading above it. Returns, per blank cell (row * 16385 + col), the column whose text it takes.
 */
function unmergedGroups(grid: Grid, band: Band): Map<number, number> {
  let byBand = GROUPS.get(grid);
  if (!byBand) GROUPS.set(grid, (byBand = new Map()));
  const id = `${band.top}:${band.bottom}:${band.c1}:${band.c2}`;
  let out = byBand.get(id);
  if (out) return out;
  out = new Map();
  const blank = (r: number, c: number) => grid.isBlank(r, c) && !grid.mergeAt(r, c);
  const below = (r: number, c: number) => {
    for (let x = r + 1; x <= band.bottom; x++) if (!blank(x, c)) return true;
    return false;
  };
  // which heading a cell shows: its merge's, the one it was given, or its own
  const source = (r: number, c: number): string | undefined => {
    const m = grid.mergeAt(r, c);
    if (m) return `${m.r1}:${m.c1}`;
    const from = blank(r, c) ? out!.get(r * 16385 + c) : c;
    return from === undefined ? undefined : `${r}:${from}`;
  };
  for (let r = band.top; r < band.bottom; r++) {
    let from: number | undefined;
    for (let c = band.c1; c <= band.c2; c++) {
      if (!blank(r, c)) {
        from = grid.mergeAt(r, c) || !below(r, c) ? undefined : c;
        continue;
      }
      if (from === undefined || !below(r, c)) {
        from = undefined;
        continue;
      }
      // within the heading above: the same source column in the row above (or the top row)
      if (r > band.top && source(r - 1, c) !== source(r - 1, from)) {
        from = undefined;
        continue;
      }
      out.set(r * 16385 + c, from);
    }
  }
  byBand.set(id, out);
  return out;
}

/** Normalised text of the band's rows, to recognise the same header repeated after a page break. */
export function bandSignature(grid: Grid, band: Band, r: number = band.top): string {
  const cells: string[] = [];
  for (let c = band.c1; c <= band.c2; c++) cells.push(norm(grid.displayValue(r, c)));
  return cells.join("|");
}
