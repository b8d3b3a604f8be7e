// Row-wise tables (common in LKjIP): each indicator takes two or three rows labelled "Target",
// "Realisasi", "Capaian (%)" in an "Uraian" column, with the years across. The label column is
// not an indicator; each row carries the role its label names.
import type { Grid } from "../grid";
import { norm } from "./text";
import { fixTypos } from "./typos";
import type { DetectedColumn, Role } from "./types";

const ROW_ROLE: Array<[RegExp, Role]> = [
  [/^(target|rencana|sasaran)( kinerja)?\b/, "target"],
  [/^realisasi( kinerja)?\b/, "realisasi"],
  [/^(capaian|rasio capaian|persentase capaian|tingkat capaian|% capaian)\b/, "capaian"],
];

function rowRoleOf(text: unknown): Role | undefined {
  // "Tgt" / "Real." / "% Capaian" as narrow columns abbreviate them
  const s = fixTypos(norm(text));
  if (!s || s.length > 40) return undefined;
  for (const [re, role] of ROW_ROLE) if (re.test(s)) return role;
  return undefined;
}

const MIN_ROWS = 4;

/** The label column and each row's role, when the table is row-wise. */
export function rowWise(
  grid: Grid,
  columns: DetectedColumn[],
  rows: number[],
): { columns: DetectedColumn[]; roles: Map<number, Role>; names: Map<number, string> } | undefined {
  // Only tables whose value columns are years without a role of their own.
  const yearly = (c: DetectedColumn): boolean =>
    (c.role === "target" || c.role === "realisasi" || c.role === "capaian") && c.certain && !c.endOfPeriod;
  if (columns.some(yearly)) return undefined;
  if (!columns.some((c) => c.year !== undefined)) return undefined;
  for (const c of columns) {
    if (c.year !== undefined) continue;
    const roles = new Map<number, Role>();
    let filled = 0;
    for (const r of rows) {
      const v = grid.value(r, c.col);
      if (v === null || v === "") continue;
      // an "Indikator" row naming the next block, or a sasaran heading over it, holds no values
      const label = norm(v);
      if (/^(nama )?indikator( kinerja)?\b/.test(label) || label.length > 40) continue;
      filled++;
      const role = rowRoleOf(v);
      if (role) roles.set(r, role);
    }
    const kinds = new Set(roles.values());
    if (roles.size >= MIN_ROWS && roles.size >= filled * 0.8 && kinds.has("target") && kinds.size >= 2) {
      const cols = columns.map((x) =>
        // "Kondisi s.d. 2024" beside the years: the value to date over those years
        x.year !== undefined &&
        !x.endOfPeriod &&
        /(^|\s)(s\.?\s?d\.?|s\/d|sampai dengan)\s/.test(norm(x.header))
          ? { ...x, role: "lainnya" as Role, certain: true, toDate: true }
          : // the label column names what each row holds; the year columns are certain through it
            x.col === c.col || (x.year !== undefined && !x.endOfPeriod)
            ? { ...x, role: "lainnya" as Role, certain: true }
            : x,
      );
      return { columns: cols, roles, names: namesOfBlocks(grid, rows, c.col) };
    }
  }
  return undefined;
}

/**
 * The indicator each Target / Realisasi / Capaian row belongs to when the table names it in a row
 * of its own above the block ("Indikator | Jumlah kelurahan layak anak (kelurahan)").
 */
function namesOfBlocks(grid: Grid, rows: number[], labelCol: number): Map<number, string> {
  const out = new Map<number, string>();
  let name: string | undefined;
  for (const r of rows) {
    const label = norm(grid.value(r, labelCol));
    if (/^(nama )?indikator( kinerja)?$/.test(label)) {
      name = undefined;
      for (let c = labelCol + 1; c <= grid.colCount && !name; c++) {
        const v = grid.displayValue(r, c);
        if (typeof v === "string" && v.trim()) name = v.replace(/\s+/g, " ").trim();
      }
    } else if (label.length > 40)
      name = undefined; // a sasaran heading ends the block
    else if (name && rowRoleOf(grid.value(r, labelCol))) out.set(r, name);
  }
  return out;
}
