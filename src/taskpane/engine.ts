// What the pane does with the grids it read: the same detection and rules as the command line,
// with the planner's corrections of column roles applied before the rules run. The pane loads this
// module when a check starts (App.tsx), not with its first page: see analisis.ts.
import { detectTables } from "../core/detect";
import type { Grid } from "../core/grid";
import { contains, parseA1 } from "../core/grid";
import { buildReport } from "../core/report";
import type { Finding } from "../core/report";
import { indicatorKey, namaIndikator, runRules } from "../core/rules";
import type { Settings, TableInWorkbook } from "../core/rules";
import { terapkanPenerimaan } from "../core/pengaturan";
import type { Penerimaan } from "../core/pengaturan";
import type { Analysis, RoleOverrides } from "./analisis";
import { tableKey } from "./analisis";

/**
 * The report of these grids with these settings; findings the planner accepted (`diterima`, saved
 * in the workbook) are marked accepted and counted apart, as the CLI does (core/pengaturan).
 */
export function analyse(
  workbook: string,
  grids: Grid[],
  settings: Settings & { diterima?: readonly Penerimaan[] },
  overrides: RoleOverrides = {},
  lang: "id" | "en" = "id",
): Analysis {
  const tables = grids.flatMap((grid) =>
    detectTables(grid).map((table) => {
      const o = overrides[tableKey(table)];
      if (!o) return { table, grid };
      // the planner's role replaces any guess the report would offer
      const columns = table.columns.map((c) => {
        if (!o[c.col]) return c;
        const out = { ...c, role: o[c.col], certain: true };
        delete out.tebakan;
        return out;
      });
      return { table: { ...table, columns }, grid };
    }),
  );
  const findings = runRules(tables, { settings, lang });
  const report = buildReport(
    workbook,
    tables.map((t) => t.table),
    findings,
  );
  return {
    tables,
    report: terapkanPenerimaan(report, settings.diterima ?? []),
    indikator: (finding) => indicatorOfFinding(tables, finding),
  };
}

/** The key of a finding's indicator for a polarity choice, when its row names an indicator. */
export function indicatorOfFinding(
  tables: readonly TableInWorkbook[],
  finding: Finding,
): { key: string; name: string } | undefined {
  const at = parseA1(finding.cell);
  if (!at) return undefined;
  const t = tables.find((x) => x.table.sheet === finding.sheet && contains(x.table.range, at.row, at.col));
  const row = t?.table.rows.find((r) => r.row === at.row);
  if (!t || !row) return undefined;
  const name = namaIndikator(t.table, t.grid, row);
  const key = indicatorKey(name);
  return key ? { key, name } : undefined;
}
