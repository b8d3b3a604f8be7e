// A recap of counts whose columns name no role ("Jumlah Rekomendasi | Status Tindak Lanjut >
// Sesuai | Dalam Proses | Belum | Tidak Dapat Ditindaklanjuti", an inspectorate's follow-up of
// audit recommendations, forms-blind36): its sums are checked only where the table itself shows
// them to be sums, so a column of no known meaning is never judged on a guess.
// - The JUMLAH row: a column of typed counts whose JUMLAH is not the sum of the rows above it,
//   when the JUMLAH row adds up in the table's other count columns (the row is a row of sums).
// - A "Jumlah ..." column beside a group heading's columns ("Status Tindak Lanjut" over its
//   statuses): a row whose Jumlah is not the sum of the group, when nearly every other row's is.
// Both are sum-mismatch's (./sumMismatch declares the messages); the findings carry
// `tanpaPeran`, their claim resting on the table's own arithmetic, not on a column's role.
import type { DetectedColumn, DetectedRow, DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { colToLetters, sumRanges, sumReferences } from "../grid";
import {
  bagianKepala,
  bulanKe,
  daunKepala,
  kelompokKepala,
  kelompokLabel,
  labelAkhir,
  norm,
  tanpaSatuanAkhir,
} from "../detect/text";
import { BUKAN_HITUNGAN } from "../detect/tebakanRekap";
import { MONEY_ROLES, TEXT_ROLES } from "../detect/peran";
import type { Cells } from "./precision";
import { awalan, namaIndikator } from "./tahunan";
import type { RuleFinding } from "./types";
import { barisNilai, jumlahSama, nilaiAt, nilaiTetap, numAt, salinanBaris } from "./values";

/**
 * A column of counts or amounts: typed numbers of at least 0 (three or more), with decimals and a
 * year too ("Sampah Tertangani (ton) > 2022"), in a column of no role, or of one indicator's
 * target or realisation spread over places (rows per kecamatan, forms-blind37: people counted in
 * each kecamatan add up to the kabupaten's, a stock as much as a flow). With `rumus`, computed
 * ones too ("Jumlah = SUM(C7:F7)" of facilities by kind, against the same facilities by
 * condition beside it, forms-blind78).
 */
function kolomHitungan(
  grid: Grid,
  c: DetectedColumn,
  rows: readonly DetectedRow[],
  perTempat: boolean,
  rumus = false,
): boolean {
  const bebas = c.role === "lainnya";
  const tempat = perTempat && (c.role === "target" || c.role === "realisasi") && c.ukuran !== "Rp";
  if (!(bebas || tempat) || BUKAN_HITUNGAN.test(norm(c.header.replace(/\b(19|20)\d\d\b/g, "")))) return false;
  let isi = 0;
  for (const r of rows) {
    const cell = grid.cell(r.row, c.col);
    const v = cell?.value;
    // (a dash for none, "-" in a year without PLTS, forms-blind79, as a blank)
    if (v === null || v === undefined || (typeof v === "string" && /^[-–—]?$/.test(v.trim()))) continue;
    if (typeof v !== "number" || v < 0 || (!rumus && grid.formula(r.row, c.col))) return false;
    isi++;
  }
  return isi >= 3;
}

function jumlah(grid: Grid, rows: readonly DetectedRow[], col: number): number {
  let s = 0;
  for (const r of rows) s += nilaiAt(grid, r.row, col) ?? 0;
  return s;
}

/**
 * The JUMLAH rows of a recap against the rows they add, in the count columns: a JUMLAH under its
 * rows, or a "Sub Jumlah" per section ("A. SEKOLAH DASAR" .. "Sub Jumlah SD") and a "JUMLAH
 * (A + B)" over the sub-totals (forms-blind41). A hierarchy by codes is sum-mismatch's.
 */
function barisJumlah(table: DetectedTable, grid: Grid, cols: readonly DetectedColumn[]): RuleFinding[] {
  // (footers, an average or a predikat under the JUMLAH, stand apart)
  const footer = (r: DetectedRow): boolean => r.kind === "rata-rata" || r.kind === "predikat";
  if (
    table.rows.some((r) => r.kind !== "total" && r.kind !== "indikator" && r.kind !== "section" && !footer(r))
  )
    return [];
  const groups: Array<{ total: DetectedRow; parts: DetectedRow[] }> = [];
  let rows: DetectedRow[] = [];
  let subtotals: DetectedRow[] = [];
  for (const r of table.rows) {
    if (r.kind === "section" || footer(r)) continue;
    if (r.kind !== "total") {
      rows.push(r);
      continue;
    }
    // a total right after totals adds them; else the rows since the last total
    if (rows.length) {
      groups.push({ total: r, parts: rows });
      subtotals.push(r);
    } else if (subtotals.length >= 2) {
      groups.push({ total: r, parts: subtotals });
      subtotals = [];
    }
    rows = [];
  }
  const out: RuleFinding[] = [];
  for (const { total, parts } of groups) {
    // a position whose JUMLAH takes one row ("Anggota Aktif (akhir bulan)": =J19, the last
    // month's) is not added (forms-blind56)
    const posisi = (c: DetectedColumn): boolean => salinanBaris(grid, total.row, c.col, parts);
    // (nor a level carried: beds in every month and in the year's row, forms-blind105)
    const checked = cols.filter((c) => {
      const t = numAt(grid, total.row, c.col);
      return !!t && !posisi(c) && !nilaiTetap(grid, parts, c.col, t.value);
    });
    const wrong = checked.filter(
      (c) => !jumlahSama(jumlah(grid, parts, c.col), numAt(grid, total.row, c.col)!.value),
    );
    // the row is a row of sums where most of its count columns add up, or where another column
    // SUMs the same rows there (a JUMLAH with one typed amount beside a SUM, forms-blind46)
    const banyak = checked.length >= 2 && wrong.length * 2 < checked.length;
    // (or takes them as one in a ratio of totals, "=ROUND(SUM(L9:L12)/SUM(K9:K12)*100,2)" beside a
    // typed Total, forms-blind214)
    const dinyatakan =
      wrong.length === 1 &&
      table.columns.some(
        (c) =>
          menjumlahBaris(grid, total.row, c.col, parts) || rasioJumlahBaris(grid, total.row, c.col, parts),
      );
    if (!banyak && !dinyatakan) continue;
    out.push(...wrong.map((c) => temuanJumlah(table, grid, total, parts, c)));
  }
  return out;
}

/** Does the cell's formula SUM, inside something more, every row from the first part to the last? */
function rasioJumlahBaris(grid: Grid, r: number, c: number, parts: readonly DetectedRow[]): boolean {
  const [a, b] = [parts[0].row, parts[parts.length - 1].row];
  const ranges = sumRanges(grid.formula(r, c));
  return ranges.length >= 2 && ranges.every((x) => x.r1 === a && x.r2 === b);
}

/** Does the cell add every row from the first part to the last, of its own column, and no other? */
function menjumlahBaris(grid: Grid, r: number, c: number, parts: readonly DetectedRow[]): boolean {
  const refs = sumReferences(grid.formula(r, c));
  const [a, b] = [parts[0].row, parts[parts.length - 1].row];
  return !!refs && refs.length === b - a + 1 && refs.every(([rr, cc], i) => cc === c && rr === a + i);
}

function temuanJumlah(
  table: DetectedTable,
  grid: Grid,
  total: DetectedRow,
  rows: readonly DetectedRow[],
  c: DetectedColumn,
): RuleFinding {
  const written = numAt(grid, total.row, c.col)!.value;
  const sum = jumlah(grid, rows, c.col);
  // a bare "III" under its heading is named with the heading
  const label = daunKepala(c.header).length <= 4 ? c.header : daunKepala(c.header);
  return {
    tanpaPeran: true as const,
    row: total.row,
    col: c.col,
    expected: sum,
    actual: written,
    inputs: rows.map((r) => [r.row, c.col] as [number, number]),
    recheck: (cells: Cells) => {
      const t = cells(total.row, c.col);
      if (t === undefined) return true;
      let s = 0;
      for (const r of rows) s += cells(r.row, c.col) ?? 0;
      return jumlahSama(s, t);
    },
    messageId: "total",
    data: {
      name: awalan(namaIndikator(table, grid, total) || "Jumlah"),
      what: { id: `kolom "${label}" `, en: `the column "${label}" is` },
      written,
      sum,
      difference: written - sum,
    },
  };
}

// (a unit row under the leaves, "Baik > (unit)", leaves them in their group)
const kelompokDaun = (header: string): string | undefined => kelompokLabel(tanpaSatuanAkhir(header));

/**
 * The totals a recap's headings propose, each with its parts: a "Jumlah ..." column beside a group
 * heading's columns ("Jumlah Rekomendasi | Status Tindak Lanjut > ..."), or, inside one group of
 * three or more, its first or last column over the others ("Jumlah Usulan > Masuk | Diakomodir |
 * Tidak Diakomodir", forms-blind40). Only the rows decide whether one is a sum.
 */
function pasanganJumlah(
  cols: readonly DetectedColumn[],
  byCol: ReadonlyMap<number, DetectedColumn>,
): Array<{ total: DetectedColumn; parts: number[]; group: string }> {
  const out: Array<{ total: DetectedColumn; parts: number[]; group: string }> = [];
  const run = (from: number, step: number, group: string): number[] => {
    const parts: number[] = [];
    for (let c = from; byCol.get(c) && kelompokDaun(byCol.get(c)!.header) === group; c += step) parts.push(c);
    return parts;
  };
  for (const total of cols) {
    const kelompok = kelompokDaun(total.header);
    if (/^(jumlah|jml\.?|total)(\s|$)/.test(labelAkhir(tanpaSatuanAkhir(total.header))) && !kelompok)
      // the group right after it, or right before it, all of counts, of two columns or more
      for (const step of [1, -1]) {
        const first = byCol.get(total.col + step);
        const group = first && kelompokDaun(first.header);
        if (!first || !group) continue;
        const parts = run(total.col + step, step, group);
        if (parts.length >= 2)
          out.push({ total, parts, group: kelompokKepala(tanpaSatuanAkhir(first.header))! });
      }
    // "Rekomendasi | Status Tindak Lanjut Rekomendasi > Selesai | Dalam Proses | Belum": the
    // group beside a column is named as its parts (forms-blind56)
    const daun = labelAkhir(tanpaSatuanAkhir(total.header));
    for (const step of [1, -1]) {
      const first = byCol.get(total.col + step);
      const group = first && kelompokDaun(first.header);
      if (!first || !group || group === kelompok || daun.length < 4 || !group.endsWith(` ${daun}`)) continue;
      const parts = run(total.col + step, step, group);
      if (parts.length >= 2)
        out.push({ total, parts, group: kelompokKepala(tanpaSatuanAkhir(first.header))! });
    }
    if (!kelompok) continue;
    // the first of its group's columns over the rest of them, or the last over those before it
    const before = byCol.get(total.col - 1);
    const after = byCol.get(total.col + 1);
    const opens = !before || kelompokDaun(before.header) !== kelompok;
    const closes = !after || kelompokDaun(after.header) !== kelompok;
    const parts = opens ? run(total.col + 1, 1, kelompok) : closes ? run(total.col - 1, -1, kelompok) : [];
    if ((opens || closes) && parts.length >= 2)
      out.push({ total, parts, group: kelompokKepala(tanpaSatuanAkhir(total.header))! });
  }
  return out;
}

/**
 * The same leaf under several headings ("Rekomendasi > Nilai (Rp)", "Selesai > Nilai (Rp)", "Dalam
 * Proses > Nilai (Rp)", "Belum > Nilai (Rp)", forms-blind72's follow-up of BPK findings): the first
 * of them over the others, a whole broken down by status. Only the rows decide whether it is one.
 */
function pasanganDaun(
  cols: readonly DetectedColumn[],
): Array<{ total: DetectedColumn; parts: number[]; group: string }> {
  const byLeaf = new Map<string, DetectedColumn[]>();
  for (const c of cols) {
    if (!kelompokLabel(c.header)) continue;
    const k = labelAkhir(c.header);
    byLeaf.set(k, [...(byLeaf.get(k) ?? []), c]);
  }
  const out: Array<{ total: DetectedColumn; parts: number[]; group: string }> = [];
  for (const [, list] of byLeaf) {
    if (list.length < 3) continue;
    const [total, ...rest] = list;
    // named by the heading the parts share ("Status Tindak Lanjut"), else by their leaf
    const paths = rest.map((c) => bagianKepala(c.header).map((x) => x.trim()));
    const shared: string[] = [];
    for (let i = 0; i < paths[0].length - 1 && paths.every((p) => p[i] === paths[0][i]); i++)
      shared.push(paths[0][i]);
    const group = shared.length
      ? `${shared.join(" > ")} > ${daunKepala(total.header)}`
      : daunKepala(total.header);
    out.push({ total, parts: rest.map((c) => c.col), group });
  }
  return out;
}

/** Does the row hold a number in the total's column and in every part's? */
function terisi(grid: Grid, row: number, total: number, parts: readonly number[]): boolean {
  if (nilaiAt(grid, row, total) === undefined) return false;
  for (const c of parts) if (nilaiAt(grid, row, c) === undefined) return false;
  return true;
}

/** The row's parts added in order (a blank counts 0). */
function jumlahBaris(grid: Grid, row: number, parts: readonly number[]): number {
  let a = 0;
  for (const c of parts) a += nilaiAt(grid, row, c) ?? 0;
  return a;
}

/** A "Jumlah ..." column against the group of columns beside it, row by row. */
function kolomJumlah(
  table: DetectedTable,
  grid: Grid,
  cols: readonly DetectedColumn[],
  usulan?: Array<{ total: DetectedColumn; parts: number[]; group: string }>,
): RuleFinding[] {
  const out: RuleFinding[] = [];
  const rows = barisNilai(table);
  const byCol = new Map(cols.map((c) => [c.col, c]));
  for (const { total, parts, group } of usulan ?? pasanganJumlah(cols, byCol)) {
    // (values alone, no list per row: this walks every row for every group of columns)
    const diisi = rows.filter((r) => terisi(grid, r.row, total.col, parts));
    const sum = (r: DetectedRow): number => jumlahBaris(grid, r.row, parts);
    const salah = diisi.filter((r) => !jumlahSama(sum(r), nilaiAt(grid, r.row, total.col)!));
    // the table's own practice: every filled row but one or two adds up (and at least four do)
    const sesuai = diisi.length - salah.length;
    if (sesuai < 4 || salah.length === 0 || salah.length * 4 > diisi.length) continue;
    const letters = [...parts]
      .sort((a, b) => a - b)
      .map(colToLetters)
      .join(" + ");
    // (a number typed among a total column's formulas is hardcoded-value's, which says what its
    // formula gives)
    const berumus = rows.some((r) => grid.formula(r.row, total.col));
    // a part typed where its column holds formulas ("Sisa" =C8-D8 elsewhere, 2.281.600.000 typed
    // in this row, forms-blind343) is the slip: hardcoded-value names it with what its formula gives
    const ketik = (r: DetectedRow): boolean =>
      parts.some((c) => !grid.formula(r.row, c) && rows.some((x) => x !== r && grid.formula(x.row, c)));
    for (const r of salah) {
      if (berumus && !grid.formula(r.row, total.col) && !usulan) continue;
      if (!berumus && ketik(r)) continue;
      const written = numAt(grid, r.row, total.col)!.value;
      const s = sum(r);
      out.push({
        tanpaPeran: true,
        row: r.row,
        col: total.col,
        expected: s,
        actual: written,
        inputs: parts.map((c) => [r.row, c] as [number, number]),
        recheck: (cells: Cells) => {
          const t = cells(r.row, total.col);
          const vs = parts.map((c) => cells(r.row, c));
          if (t === undefined || vs.some((v) => v === undefined)) return true;
          return jumlahSama(
            vs.reduce((a: number, v) => a + (v as number), 0),
            t,
          );
        },
        messageId: "columnGroupSum",
        data: {
          name: awalan(namaIndikator(table, grid, r)),
          column: daunKepala(total.header),
          written,
          group,
          columns: letters,
          sum: s,
          difference: written - s,
          agree: String(sesuai),
        },
      });
    }
  }
  return out;
}

export function rekapHitungan(table: DetectedTable, grid: Grid): RuleFinding[] {
  const rows = barisNilai(table);
  // rows that are places or months, not indicators: a lokasi column names them, or a column of
  // month names ("Bulan": Januari .. Desember, forms-blind42), and none names an indicator
  const bulan = (c: DetectedColumn): boolean =>
    c.role === "lainnya" &&
    rows.length >= 3 &&
    rows.every((r) => bulanKe(norm(String(grid.value(r.row, c.col) ?? ""))) !== undefined);
  const perTempat =
    (table.columns.some((c) => c.role === "lokasi") || table.columns.some(bulan)) &&
    !table.columns.some((c) => c.role === "indikator");
  const banyak = table.columns.filter((c) => kolomHitungan(grid, c, rows, perTempat));
  // the same leaf under several headings, of any column of amounts or counts (./pasanganDaun)
  const angka = table.columns.filter(
    (c) =>
      !TEXT_ROLES.has(c.role) &&
      c.role !== "no" &&
      c.role !== "capaian" &&
      // ("Nilai (Rp)": an amount, whatever "nilai" says of a score)
      (MONEY_ROLES.has(c.role) || !BUKAN_HITUNGAN.test(norm(c.header))),
  );
  // (columns with a year too, "Status Desa ... IDM 2024 > Mandiri | Maju | ...": the rows decide,
  // forms-blind76)
  const dihitung = table.columns.filter((c) => kolomHitungan(grid, c, rows, perTempat, true));
  const lain = dihitung.length >= 2 ? kolomJumlah(table, grid, dihitung) : [];
  const daun = kolomJumlah(table, grid, angka, pasanganDaun(angka)).filter(
    (f) => !lain.some((o) => o.row === f.row && o.col === f.col),
  );
  return [...(banyak.length ? barisJumlah(table, grid, banyak) : []), ...lain, ...daun];
}
