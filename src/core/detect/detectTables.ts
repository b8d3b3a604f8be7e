// Finds every Renstra / IKU table in a sheet: header band, columns and their roles and years,
// body bounds, row kinds. One pass down the sheet; a table's rows are not scanned again.
import type { Grid } from "../grid";
import { colToLetters, textOf } from "../grid";
import { Band, bandAt, headerPath } from "./band";
import { findBody } from "./body";
import { tableKind } from "./kind";
import { classifyHeader } from "./roles";
import { classifyRows } from "./rows";
import { isYearText, norm } from "./text";
import type { DetectedColumn, DetectedTable } from "./types";

const MAX_TITLE_ROWS = 3;

function titleRows(grid: Grid, band: Band, floor: number): number[] {
  const rows: number[] = [];
  for (let r = band.top - 1; r > floor && rows.length < MAX_TITLE_ROWS; r--) {
    let cells = 0;
    for (let c = 1; c <= Math.max(band.c2, 1); c++) if (!grid.isBlank(r, c)) cells++;
    if (cells === 0) {
      if (rows.length && r < rows[rows.length - 1] - 1) break;
      continue;
    }
    if (cells > 2) break;
    rows.push(r);
  }
  return rows.reverse();
}

function columnsOf(grid: Grid, band: Band, first: number, last: number): DetectedColumn[] {
  const cols: DetectedColumn[] = [];
  for (let c = band.c1; c <= band.c2; c++) {
    const path = headerPath(grid, band, c);
    if (path.length === 0) {
      let used = false;
      for (let r = first; r <= last && !used; r++) used = !grid.isBlank(r, c);
      if (!used) continue; // an empty spacer column
    }
    const g = classifyHeader(path);
    const col: DetectedColumn = { col: c, role: g.role, header: path.join(" > "), certain: g.certain };
    if (g.year !== undefined) col.year = g.year;
    if (g.ukuran) col.ukuran = g.ukuran;
    cols.push(col);
  }
  return moneyRealisations(cols);
}

/**
 * Columns headed by a year alone take their role from the table's title, as a guess:
 * "Capaian Kinerja Program Tahun 2017-2020" over 2017 ... 2020 holds realisations.
 */
function rolesFromTitle(cols: DetectedColumn[], title: string): DetectedColumn[] {
  const t = norm(title);
  const role = /realisasi|capaian kinerja|pencapaian/.test(t)
    ? "realisasi"
    : /\btarget\b|rencana/.test(t)
      ? "target"
      : /anggaran|pagu|pendanaan/.test(t)
        ? "anggaran"
        : undefined;
  if (!role) return cols;
  return cols.map((c) =>
    c.role === "lainnya" && c.year !== undefined && !c.certain && isYearText(c.header) ? { ...c, role } : c,
  );
}

/**
 * In a budget table (anggaran per year, no performance target) "Realisasi ... Tahun ke" is the
 * money spent: seed Tabel 2.3.2 heads it "Realisasi Capaian Pada Tahun Ke" over Rupiah amounts.
 */
function moneyRealisations(cols: DetectedColumn[]): DetectedColumn[] {
  const budget = cols.some((c) => c.role === "anggaran" && c.ukuran !== "K");
  const performance = cols.some((c) => c.role === "target" || c.ukuran === "K");
  if (!budget || performance) return cols;
  return cols.map((c) => (c.role === "realisasi" ? { ...c, role: "realisasi-anggaran" } : c));
}

export function detectTables(grid: Grid): DetectedTable[] {
  const tables: DetectedTable[] = [];
  let floor = 0; // last row of the previous table
  for (let r = 1; r <= grid.rowCount; r++) {
    const band = bandAt(grid, r);
    if (!band) continue;
    const body = findBody(grid, band);
    if (body.last < body.first) {
      r = band.bottom;
      continue;
    }
    const titles = titleRows(grid, band, floor);
    const title = titles.map((t) => textOf(grid.displayValue(t, firstCol(grid, t)))).join(" ");
    const columns = rolesFromTitle(columnsOf(grid, band, body.first, body.last), title);
    const skip = new Set(body.repeatedHeaderRows);
    const bodyRows: number[] = [];
    for (let x = body.first; x <= body.last; x++)
      if (!skip.has(x) && !grid.rowIsBlank(x, band.c1, band.c2)) bodyRows.push(x);
    const notes = columns
      .filter((c) => !c.certain)
      .map(
        (c) =>
          `Kolom ${colToLetters(c.col)} ("${c.header || "tanpa judul"}"): peran "${c.role}" ditebak, periksa.`,
      );
    const c1 = Math.min(...columns.map((c) => c.col));
    const c2 = Math.max(...columns.map((c) => c.col));
    const table: DetectedTable = {
      sheet: grid.name,
      range: { r1: band.top, c1, r2: body.last, c2 },
      headerRange: { r1: band.top, c1, r2: band.numberRow ?? band.bottom, c2 },
      dataRange: { r1: body.first, c1, r2: body.last, c2 },
      repeatedHeaderRows: body.repeatedHeaderRows,
      titleRows: titles,
      kind: tableKind(columns),
      columns,
      rows: classifyRows(grid, columns, bodyRows),
      notes,
    };
    if (band.numberRow) table.numberRow = band.numberRow;
    if (titles.length)
      table.title = titles.map((t) => textOf(grid.displayValue(t, firstCol(grid, t)))).join(" ");
    tables.push(table);
    floor = body.last;
    r = body.next - 1;
  }
  return tables;
}

function firstCol(grid: Grid, r: number): number {
  for (let c = 1; c <= grid.colCount; c++) if (!grid.isBlank(r, c)) return c;
  return 1;
}
