// The kind of each body row and the hierarchy: sections ("I Indikator Tujuan", "Sasaran 1 : ..."),
// totals, numerator/denominator components ("1.1", "1.2" under "1."), program > kegiatan > sub
// kegiatan by kode (Kepmendagri 050-5889/2021; 2- and 4-digit sub kegiatan), and second
// indicators of a coded row (no code of their own).
import type { Grid } from "../grid";
import { sumReferences, textOf } from "../grid";
import type { DetectedColumn, DetectedRow, RowKind } from "./types";
import { labelAkhir, norm } from "./text";
import { MONEY_ROLES, NUMERIC_ROLES } from "./peran";

const KODE = /^\d{1,2}(\.\d{2}(\.\d{2}(\.\d{1,2}\.\d{2}(\.\d{2,4})?)?)?)?$/;
const TOTAL_START = /^\s*(jumlah|total|sub|grand)/i;
// Summary rows under an evaluation form: they belong to the table and are checked as such.
const FOOTER: Array<[RegExp, RowKind]> = [
  // "Rata-rata Provinsi" under a recap of every office's SAKIP value (forms-blind38)
  [
    /^rata-? ?rata (capaian|tingkat capaian|nilai capaian)|^rata-? ?rata( (provinsi|kabupaten|kota|opd|skpd|perangkat daerah|keseluruhan|seluruh( \w+)?))?$|^nilai rata-? ?rata/,
    "rata-rata",
  ],
  // ("Predikat kinerja Sekretariat DPRD": the office's own, named, forms-blind130)
  // ("Predikat kinerja: Sangat Tinggi", its grade written after the colon in one cell, forms-blind208)
  [
    /^(predikat|kategori|kriteria)( (kinerja|capaian)( [^:]{1,80})?)?\s*(:\s*(sangat (tinggi|rendah|baik|kurang)|tinggi|sedang|rendah|baik|cukup|kurang))?\s*:?$/,
    "predikat",
  ],
];
const ROMAN = /^(i{1,3}|iv|v|vi{1,3}|ix|x|xi{1,3})\.?$/;
// "Jumlah" or "Total" as a row label; "Jumlah PMKS yang ..." is an indicator, not a total.
// ("TOTAL KABUPATEN", "Total Kecamatan Leitimur": the whole of a recap by place, forms-blind53;
// not an indicator, "Jumlah kabupaten yang ...", "Jumlah kota tertinggal")
// ("Jumlah / Posisi Akhir": flows summed and stocks at their closing, forms-blind334)
const TOTAL =
  /^(jumlah|total|sub ?(jumlah|total)( [^:]{1,40})?|grand total|jumlah total|(total|jumlah) (belanja|anggaran|pendanaan|pagu|dana)( indikatif| keseluruhan| seluruhnya)?|jumlah keseluruhan|(jumlah|total) ?(\/|dan|&) ?(rata-? ?rata|posisi( akhir)?|saldo akhir|stok akhir)|(total|jumlah) (kabupaten|kota|provinsi|kab\.?)(?![^:]*\b(yang|dengan|dalam|sesuai|memiliki|ber\w+|ter\w+)\b)[^:]{0,40}|total (kecamatan|wilayah|desa)[^:]{0,40})\s*:?$/;
/** Does the text name a total row ("Jumlah", "TOTAL KABUPATEN"), not an indicator? */
export const labelJumlah = (text: string): boolean => TOTAL.test(norm(text));
const SECTION_TEXT =
  /^((i{1,3}|iv|v|vi{1,3}|ix|x)[.\s]|sasaran\b|tujuan\b|urusan\b|bidang urusan\b|misi\b|aspek\b|fokus\b|indikator (tujuan|sasaran|spm|kinerja)\b)/;

/** Program (3 parts), kegiatan (5) or sub kegiatan (6) by the code's shape; urusan/bidang are sections. */
export function kodeLevel(kode: string): RowKind | "section" | undefined {
  // codes pasted from PDF may carry line breaks: "1.06.01.\n2.01"
  let k = /\s/.test(kode) ? kode.replace(/\s+/g, "") : kode;
  if (k.endsWith(".")) k = k.slice(0, -1);
  if (!KODE.test(k)) return undefined;
  let parts = 1;
  for (let i = 0; i < k.length; i++) if (k.charCodeAt(i) === 46) parts++; // "."
  if (parts <= 2) return "section";
  if (parts === 3) return "program";
  if (parts === 5) return "kegiatan";
  if (parts === 6) return "sub-kegiatan";
  return undefined;
}

const LETTERED = /^([a-z])[.)]\s+\S/;
const SPACED = /^([A-Za-z] ){3,}[A-Za-z]$/;

/** Does the row SUM, in two columns or more, every row from the first one down to it? */
function jumlahSemua(grid: Grid, r: number, columns: readonly DetectedColumn[], first: number): boolean {
  let n = 0;
  for (const c of columns) {
    const refs = sumReferences(grid.formula(r, c.col));
    if (!refs) continue;
    const rows = new Set(refs.filter(([, rc]) => rc === c.col).map(([rr]) => rr));
    if (rows.size >= 3 && rows.has(first) && rows.has(r - 1)) n++;
  }
  return n >= 2;
}

/**
 * A row named an average ("... (rata-rata 12 layanan)", "Rata-rata per Bulan") whose figures are
 * AVERAGEs of the rows (forms-blind42, 43).
 */
function rataRata(grid: Grid, r: number, columns: readonly DetectedColumn[], label: string): boolean {
  if (!/\brata-? ?rata\b/.test(label)) return false;
  return columns.some((c) => /^(ROUND\()?AVERAGE\(/i.test(grid.formula(r, c.col) ?? ""));
}

/** A label spaced out letter by letter ("J U M L A H") closed up; any other as it is. */
function dirapatkan(t: string): string {
  // (a space second is the cheap sign: most labels are not spaced out)
  return t.charCodeAt(1) === 32 && SPACED.test(t) ? t.replace(/ /g, "") : t;
}

/** A merged area starting in the row that spans half the table or more (asked only of rows without numbers). */
function mergedAcross(grid: Grid, r: number, c1: number, c2: number): boolean {
  for (let c = c1; c <= c2; c++) {
    const m = grid.mergeAt(r, c);
    if (m && m.r1 === r && m.c2 - m.c1 + 1 >= Math.max(3, (c2 - c1 + 1) / 2)) return true;
  }
  return false;
}

function cellText(grid: Grid, r: number, c: number | undefined): string {
  if (c === undefined) return "";
  const v = grid.value(r, c);
  // (most cells hold text: no call through the grid module's re-export for it)
  return typeof v === "string" ? v.trim() : textOf(v).trim();
}

export function classifyRows(grid: Grid, columns: DetectedColumn[], rows: number[]): DetectedRow[] {
  const colOf = (role: string): number | undefined => columns.find((c) => c.role === role)?.col;
  const noCol = colOf("no");
  // codes split over several columns (an SIPD export's Kode Urusan | Bidang | Program | Kegiatan |
  // Sub Kegiatan, forms-blind34): the row's code is its most specific one, the rightmost filled
  const kodeCols = columns.filter((c) => c.role === "kode").map((c) => c.col);
  const kodeCol = kodeCols[0];
  const kodeDari = (r: number): string => {
    for (let i = kodeCols.length - 1; i > 0; i--) {
      const t = cellText(grid, r, kodeCols[i]);
      if (t) return t;
    }
    return cellText(grid, r, kodeCol);
  };
  // without an indicator column, the rows' names: a "Nama ..." column first, never an identity
  // number ("NPSN | Nama Sekolah", a BOS report per school, forms-blind41)
  const labelCols = columns.filter((c) => c.role !== "no" && c.role !== "kode");
  const leaf = (c: DetectedColumn): string => labelAkhir(c.header);
  const indCol =
    colOf("indikator") ??
    labelCols.find((c) => /^nama\b/.test(leaf(c)))?.col ??
    labelCols.find((c) => !/^(npsn|nip|nik|nuptk|nisn|npwp|id)\b/.test(leaf(c)))?.col;
  const textCols = columns.filter((c) => !NUMERIC_ROLES.has(c.role)).map((c) => c.col);
  // The program / kegiatan name column: right after the code, when it is not the indicator.
  const nameCol =
    kodeCol !== undefined ? columns.find((c) => c.col > kodeCol && c.role === "lainnya")?.col : undefined;
  const numCols = columns.filter((c) => NUMERIC_ROLES.has(c.role)).map((c) => c.col);
  const c1 = Math.min(...columns.map((c) => c.col));
  const c2 = Math.max(...columns.map((c) => c.col));

  const out: DetectedRow[] = [];
  let section: number | undefined;
  const numbered = new Map<string, number>(); // "1" -> row of "1."
  // Latest row of each code and of each level: parents are found in constant time.
  // (the coded rows in order, indexed by code only when a row's parent is looked up by its code:
  // most rows have an open parent, and a map entry per row costs more than the list)
  const kodeUrut: string[] = [];
  const barisUrut: DetectedRow[] = [];
  const byKode = new Map<string, DetectedRow>();
  let diIndeks = 0;
  const kodeDiIndeks = (): Map<string, DetectedRow> => {
    for (; diIndeks < kodeUrut.length; diIndeks++) byKode.set(kodeUrut[diIndeks], barisUrut[diIndeks]);
    return byKode;
  };
  const lastOfKind = new Map<RowKind, number>();
  let lastCoded: number | undefined;
  const sectionNames: string[] = []; // "dak fisik", "pendapatan": what a "Jumlah ..." row may name
  // a label that names a total (the same test for the No, code, indicator and first text cells)
  const labelTotal = (t: string): boolean => {
    if (!TOTAL_START.test(t)) return false;
    const n = norm(t);
    return TOTAL.test(n) || (sectionNames.length > 0 && totalOfSections(n, sectionNames));
  };

  // one list of texts and one reader of the first, reused row by row (no array or closure per row)
  const texts: string[] = [];
  let firstNorm: string | undefined;
  const first = (): string => (firstNorm ??= norm(texts[0] ?? ""));
  for (const r of rows) {
    const no = cellText(grid, r, noCol);
    // "2.09.03 Program Peningkatan ...": the code and the name in one cell; the code leads
    const kodeSel = kodeCols.length > 1 ? kodeDari(r) : cellText(grid, r, kodeCol);
    const kode = /^\d{1,2}(\.\d{1,4})+\.?(?=\s+\D)/.exec(kodeSel)?.[0] ?? kodeSel;
    // "a. Rehabilitasi drainase ..." in the name column under a coded sub kegiatan: a lettered line
    const label = kode || no || LETTERED.exec(cellText(grid, r, nameCol))?.[1];
    texts.length = 0;
    for (const c of textCols) {
      const t = cellText(grid, r, c);
      if (t) texts.push(t);
    }
    // (a loop: a closure over the row would cost a context for every row)
    let hasNumbers = false;
    for (const c of numCols)
      if (!grid.isBlank(r, c)) {
        hasNumbers = true;
        break;
      }
    // normalised only when asked: most rows are coded rows with numbers
    firstNorm = undefined;
    const indikator =
      indCol !== undefined ? textOf(grid.displayValue(r, indCol)).trim() || undefined : undefined;
    const row: DetectedRow = { row: r, kind: "indikator" };
    if (label) row.label = label;
    if (indikator) row.indikator = indikator;

    const level = kode
      ? (kodeLevel(kode) ??
        (/^\d+(\.\d+)+\.?$/.test(kode) ? levelFromName(cellText(grid, r, nameCol)) : undefined))
      : undefined;
    // quick raw test before normalising: most rows are not totals
    // ("J U M L A H", a heading spaced out letter by letter, forms-blind40)
    const noRaw = dirapatkan(no);
    // (asked only of rows without a level: a coded row's level decides before any total's name)
    // "JUMLAH PENDAPATAN ASLI DAERAH" written across the No column: no indicator stands there,
    const isTotal =
      !level &&
      (labelTotal(noRaw) ||
        labelTotal(dirapatkan(kode)) ||
        labelTotal(dirapatkan(cellText(grid, r, indCol))) ||
        labelTotal(dirapatkan(texts[0] ?? "")) ||
        /^(jumlah|total)\b/i.test(noRaw) ||
        // or across the code column ("JUMLAH PENDAPATAN" over Kode Rek. | Uraian: forms-blind20)
        (kodeCol !== undefined && kodeCol !== indCol && /^(jumlah|total)\b/i.test(kodeSel)) ||
        // or the last row, named only by the whole ("Provinsi Gorontalo"), whose figures SUM every
        // row above it (forms-blind44)
        (r === rows[rows.length - 1] && !/^\d/.test(no) && jumlahSemua(grid, r, columns, rows[0])));
    // ("Indeks Capaian SPM ... (rata-rata 12 layanan)" over an AVERAGE of the rows: forms-blind42)
    const footer =
      !level && !no.match(/^\d/)
        ? (FOOTER.find(([re]) => re.test(first()))?.[1] ??
          (!isTotal && rataRata(grid, r, columns, first()) ? "rata-rata" : undefined))
        : undefined;
    if (footer) {
      row.kind = footer;
    } else if (isTotal && !level) {
      row.kind = "total";
      if (section !== undefined) row.parent = section;
    } else if (
      level === "section" ||
      (!hasNumbers &&
        (ROMAN.test(norm(no)) ||
          // "A | Fokus Kesejahteraan ..." under "I | ASPEK ...": a lettered heading without numbers
          /^[a-h]\.?$/.test(norm(no)) ||
          mergedAcross(grid, r, c1, c2) ||
          (numCols.length > 0 && texts.length === 1 && !no && !kode && isLoneLabel(grid, r, c1, c2)) ||
          (texts.length <= 2 && SECTION_TEXT.test(first()) && !indikatorOnly(first()))))
    ) {
      row.kind = "section";
      section = r;
      for (const t of texts) sectionNames.push(sectionName(norm(t)));
      numbered.clear();
    } else if (level) {
      // The name says what the row is when its printed code has the wrong shape
      // ("Sub Kegiatan ..." under code 1.06.01.2.02); code-hierarchy reports the code.
      const byName = levelFromName(cellText(grid, r, nameCol));
      const kind = byName ?? level;
      row.kind = kind;
      const k = kode.endsWith(".") ? kode.slice(0, -1) : kode;
      const wantKind = kind === "sub-kegiatan" ? "kegiatan" : kind === "kegiatan" ? "program" : undefined;
      let parent: number | undefined;
      if (wantKind) {
        // What the sheet shows first: the row sits under the open parent above it (a wrong code
        // prefix is code-hierarchy's finding, not a reason to regroup the sums).
        const open = lastOfKind.get(wantKind);
        const closedBy = wantKind === "kegiatan" ? lastOfKind.get("program") : undefined;
        if (open !== undefined && (closedBy === undefined || open > closedBy)) parent = open;
        // (split only when no open parent answered: most rows have one)
        if (parent === undefined) {
          const parts = k.split(".");
          for (let n = parts.length - 1; n > 0 && parent === undefined; n--) {
            const p = kodeDiIndeks().get(parts.slice(0, n).join("."));
            if (p && p.kind === wantKind) parent = p.row;
          }
        }
      }
      if (parent !== undefined) row.parent = parent;
      else if (section !== undefined) row.parent = section;
      kodeUrut.push(k);
      barisUrut.push(row);
      lastOfKind.set(kind, r);
      lastCoded = r;
    } else if (/^\d+\.\d+\.?$/.test(no) && numbered.has(no.split(".")[0])) {
      row.kind = "komponen";
      row.parent = numbered.get(no.split(".")[0]);
    } else if (
      kodeCol !== undefined &&
      !kode &&
      lastCoded !== undefined &&
      indikator &&
      !cellText(grid, r, nameCol)
    ) {
      row.kind = "indikator-lanjutan";
      row.parent = lastCoded;
    } else {
      if (/^\d+\.?$/.test(no)) numbered.set(no.replace(/\.$/, ""), r);
      if (section !== undefined) row.parent = section;
    }
    out.push(row);
  }
  const money = moneyColumns(columns);
  markSumGroups(grid, money, out);
  markAccountGroups(grid, money, out);
  return out;
}

/** Money columns, and Rp columns that are amounts: where a parent row is the sum of its parts. */
function moneyColumns(columns: DetectedColumn[]): number[] {
  return columns
    .filter(
      (c) =>
        MONEY_ROLES.has(c.role) ||
        (c.ukuran === "Rp" && !["capaian", "pertumbuhan", "predikat"].includes(c.role)),
    )
    .map((c) => c.col);
}

const numAt = (grid: Grid, r: number, c: number): number | undefined => {
  const v = grid.value(r, c);
  return typeof v === "number" ? v : undefined;
};

const sameSum = (sum: number, p: number): boolean => Math.abs(sum - p) <= Math.max(0.5, Math.abs(p) * 1e-12);

/**
 * Rows without codes or numbering that add up: a row followed by two or more rows whose sum it
 * is in most money columns ("Belanja Langsung" over Belanja Pegawai, Barang dan Jasa, Modal)
 * becomes a total, its parts components. Two exact sums of Rupiah amounts by chance are
 * unlikely, so a third of the columns agreeing is enough when some figures are wrong.
 */
function markSumGroups(grid: Grid, cols: number[], rows: DetectedRow[]): void {
  if (cols.length < 2) return;
  const num = (r: number, c: number): number | undefined => numAt(grid, r, c);
  const plain = rows.filter((r) => r.kind === "indikator" && !/^\d+\.\d+/.test(r.label ?? ""));
  const used = new Set<number>();
  for (let i = 0; i < plain.length; i++) {
    if (used.has(plain[i].row)) continue;
    let best: DetectedRow[] | undefined;
    for (let k = 2; i + k < plain.length + 1 && k <= 40; k++) {
      const parts = plain.slice(i + 1, i + 1 + k);
      if (parts.length < k) break;
      let agree = 0;
      let filled = 0;
      for (const c of cols) {
        const p = num(plain[i].row, c);
        if (p === undefined) continue;
        let sum = 0;
        let any = false;
        for (const x of parts) {
          const v = num(x.row, c);
          if (v === undefined) continue;
          sum += v;
          any = true;
        }
        if (!any) continue;
        filled++;
        if (sameSum(sum, p)) agree++;
      }
      if (agree >= 2 && agree * 3 >= filled) best = parts;
    }
    if (!best) continue;
    plain[i].kind = "total";
    for (const x of best) {
      x.kind = "komponen";
      x.parent = plain[i].row;
      used.add(x.row);
    }
  }
}

/**
 * Account codes (kode rekening of an LRA or a DPA: 5 > 5.1 > 5.1.01, 4.1.04.16.01), which are no
 * Kepmendagri programme codes: a row whose code is the dotted prefix of the codes right under it
 * is their total, when its figure is their sum in at least one money column (the code says what
 * it sums; one column agreeing shows the figures are amounts, not targets of a numbered outline).
 * The other columns are then checked against the same parts (sum-mismatch).
 */
function markAccountGroups(grid: Grid, cols: number[], rows: DetectedRow[]): void {
  if (cols.length === 0) return;
  const stack: DetectedRow[] = [];
  const kids = new Map<DetectedRow, DetectedRow[]>();
  const add = (parent: DetectedRow, r: DetectedRow): void => {
    const list = kids.get(parent);
    if (list) list.push(r);
    else kids.set(parent, [r]);
  };
  // what each row's own sum formula adds (the rows under it it names)
  const summedBy = new Map<number, number>();
  // (most cells hold no formula: no empty list to walk; a sheet without any, no walk)
  if (grid.formulaCount > 0)
    for (const r of rows)
      for (const c of cols) {
        const refs = sumReferences(grid.formula(r.row, c));
        if (refs) for (const [row] of refs) if (row > r.row) summedBy.set(row, r.row);
      }
  // rows by number, asked only for a row another's formula sums
  let byRow: Map<number, DetectedRow> | undefined;
  if (summedBy.size > 0) {
    byRow = new Map();
    for (const r of rows) byRow.set(r.row, r);
  }
  for (const r of rows) {
    const code = r.kind === "indikator" && r.label && /^\d+(\.\d+)+$/.test(r.label) ? r.label : undefined;
    if (!code) {
      // a total, a section or an uncoded row closes the open codes
      if (r.kind !== "indikator-lanjutan") stack.length = 0;
      continue;
    }
    while (stack.length && !code.startsWith(`${stack[stack.length - 1].label}.`)) stack.pop();
    const top = stack[stack.length - 1];
    // the sheet's own SUM says where a row belongs before its code does: "4.1.20.02" (two digits
    // swapped) inside "4.1.02"'s =SUM(C18:C20) is that account's line, named once by
    // code-hierarchy, not a second child of "4.1" (forms-blind32)
    const viaSum = byRow?.get(summedBy.get(r.row) ?? -1);
    const parent = viaSum && /^\d+(\.\d+)*$/.test(viaSum.label ?? "") && viaSum !== top ? viaSum : top;
    if (parent) add(parent, r);
    stack.push(r);
  }
  // "1 Pajak Daerah" over "a. PBJT ...", "b. Pajak Reklame ...": lettered lines under a numbered
  // one, or under a sub kegiatan (its works by kelurahan, forms-blind20)
  let numberedRow: DetectedRow | undefined;
  for (const r of rows) {
    const label = r.kind === "indikator" ? (r.label ?? "") : "";
    if (/^\d+\.?$/.test(label) || r.kind === "sub-kegiatan") numberedRow = r;
    else if (/^[a-z][.)]?$/.test(label) && numberedRow) add(numberedRow, r);
    // "- Distrik Tigi Raya" lines under a sub kegiatan: its parts by location (forms-blind33); and
    // "- Pengelolaan Pajak Daerah" under "2 | Program Pengelolaan Pendapatan Daerah", a PK's
    // kegiatan under their numbered program (forms-blind160)
    else if (
      numberedRow !== undefined &&
      r.kind === "indikator" &&
      !r.label &&
      /^[-–•]\s/.test(teksPertama(grid, r.row, Math.min(...cols)))
    )
      add(numberedRow, r);
    else if (r.kind !== "indikator-lanjutan") numberedRow = undefined;
  }
  // "I | URUSAN WAJIB ..." with its own figures over the rows down to "II" (a DPA recap by urusan,
  // forms-blind21): a roman-numbered group, over rows no code groups already
  const grouped = new Set([...kids.values()].flat());
  // (an RKPD's "PRIORITAS II" over its programs, forms-blind31: programs too, and not the lines a
  // program's own sum formula adds, "- Dinas Kesehatan" under its program)
  let roman: DetectedRow | undefined;
  const summed = { has: (row: number): boolean => (summedBy.get(row) ?? roman?.row) !== roman?.row };
  for (const r of rows) {
    // (most labels are codes or numbers: the first letter decides cheaply)
    if (r.kind === "indikator" && r.label && /^[ivx]/i.test(r.label) && ROMAN.test(r.label.toLowerCase()))
      roman = r;
    // "TOTAL PAGU PROGRAM PRIORITAS" after the last group closes it
    else if (!r.label && namaTotal(grid, r.row, Math.min(...cols))) roman = undefined;
    else if (r.kind === "program" && roman && !grouped.has(r) && !summed.has(r.row)) add(roman, r);
    else if (r.kind !== "indikator" && r.kind !== "indikator-lanjutan") roman = undefined;
    else if (roman && r.kind === "indikator" && !grouped.has(r) && !kids.has(r) && !summed.has(r.row))
      add(roman, r);
  }
  const adds = ([parent, children]: [DetectedRow, DetectedRow[]]): boolean =>
    cols.some((c) => {
      const p = numAt(grid, parent.row, c);
      let sum = 0;
      let any = false;
      for (const x of children) {
        const v = numAt(grid, x.row, c);
        if (v !== undefined) {
          sum += v;
          any = true;
        }
      }
      if (p !== undefined && any && sameSum(sum, p)) return true;
      // the parent's own SUM over its first lines says "sum of" even when it stops short
      // (forms-blind20: =SUM(H26:H28) over lines a-d)
      const refs = sumReferences(grid.formula(parent.row, c));
      return (
        !!refs && refs.length > 1 && refs.every(([r, rc]) => rc === c && children.some((x) => x.row === r))
      );
    });
  const candidates = [...kids].filter(([, children]) => children.length >= 2);
  const adding = candidates.filter(adds);
  // when at least half the table's groups add up, the layout says "sum of": a group whose every
  // column is off (one line left out of its SUM) is still a group, and its total is checked; so is
  // then an account over its only sub-account ("5.2 Belanja Modal" over "5.2.02", a DPA's
  // Ringkasan, forms-blind28), which alone would say nothing
  const sumOf = adding.length > 0 && adding.length * 2 >= candidates.length;
  const groups = sumOf
    ? candidates.concat(
        [...kids].filter(
          ([p, children]) => children.length === 1 && /^\d+(\.\d+)+$|^\d+$/.test(p.label ?? ""),
        ),
      )
    : adding;
  // a level between (5.1 under 5, over 5.1.01) is a subtotal: a total with a parent
  const totals = new Set(groups.map(([p]) => p));
  for (const [parent, children] of groups) {
    // a sub kegiatan keeps its place in the code hierarchy; its lines are its parts
    if (parent.kind === "indikator") parent.kind = "total";
    for (const x of children) {
      if (!totals.has(x)) x.kind = "komponen";
      x.parent = parent.row;
    }
  }
}

/** The first words of a row before its amounts. */
function teksPertama(grid: Grid, row: number, firstAmount: number): string {
  for (let c = 1; c < firstAmount; c++) {
    const t = cellText(grid, row, c);
    if (t) return t;
  }
  return "";
}

/** A row whose words before the amounts start with "Jumlah" / "Total" ("TOTAL PAGU PROGRAM PRIORITAS"). */
function namaTotal(grid: Grid, row: number, firstAmount: number): boolean {
  return /^(jumlah|total|sub ?total)\b/i.test(teksPertama(grid, row, firstAmount));
}

const sectionName = (t: string): string => t.replace(/\([^)]*\)/g, "").trim();

/**
 * "JUMLAH DAK FISIK" under the section "DAK FISIK", "JUMLAH PENDAPATAN" under "PENDAPATAN",
 * "TOTAL DAK (A + B)": a total that names its sections ("Jumlah PMKS yang ..." names none).
 */
function totalOfSections(t: string, sections: string[]): boolean {
  const m = /^(jumlah|total|sub ?total)\s+(.+)$/.exec(t);
  if (!m) return false;
  if (/\(\s*([a-h]|[ivx]+|\d+)(\s*\+\s*([a-h]|[ivx]+|\d+))+\s*\)$/.test(m[2])) return true;
  const rest = sectionName(m[2]);
  return rest.length > 2 && sections.includes(rest);
}

/** Only one cell of the row is filled, with text ("BELANJA DAERAH" over the budget lines). */
function isLoneLabel(grid: Grid, r: number, c1: number, c2: number): boolean {
  let n = 0;
  for (let c = c1; c <= c2; c++) if (!grid.isBlank(r, c)) n++;
  return n === 1;
}

function levelFromName(name: string): RowKind | undefined {
  if (!/^\s*(sub|keg|prog)/i.test(name)) return undefined; // before normalising: most names are not
  // norm's reading of the first words, without its typo pass (no typo is or becomes these words)
  // and its space folding (\s* stands for it): every coded row's name is asked
  const n = name.toLowerCase();
  if (/^\s*sub\s*kegiatan\b/.test(n)) return "sub-kegiatan";
  if (/^\s*kegiatan\b/.test(n)) return "kegiatan";
  if (/^\s*program\b/.test(n)) return "program";
  return undefined;
}

// "Sasaran" alone starts a section, but "Sasaran strategis ... indikator" text in a data row does not.
function indikatorOnly(s: string): boolean {
  return /persentase|jumlah|indeks|rasio|angka/.test(s) && !/^(i{1,3}|iv|v)[.\s]/.test(s);
}
