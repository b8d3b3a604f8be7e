// What the pane does with the grids it read: the same detection and rules as the command line,
// with the planner's corrections of column roles applied before the rules run.
import { detectTables } from "../core/detect";
import type { DetectedTable, Role } from "../core/detect";
import type { Grid } from "../core/grid";
import { contains, parseA1, rangeToA1 } from "../core/grid";
import { buildReport, groupFindings as groupByTable } from "../core/report";
import type { Finding, Report } from "../core/report";
import { indicatorKey, namaIndikator, runRules } from "../core/rules";
import type { Settings, TableInWorkbook } from "../core/rules";
import { terapkanPenerimaan } from "../core/pengaturan";
import type { Penerimaan } from "../core/pengaturan";

/** Column roles the planner corrected: table key -> column number -> role. */
export type RoleOverrides = Record<string, Record<number, Role>>;

export const tableKey = (t: DetectedTable): string => `${t.sheet}!${rangeToA1(t.range)}`;

export type Analysis = { tables: TableInWorkbook[]; report: Report };

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
  return { tables, report: terapkanPenerimaan(report, settings.diterima ?? []) };
}

/** The key of a finding's indicator for a polarity choice, when its row names an indicator. */
export function indicatorOfFinding(
  analysis: Analysis,
  finding: Finding,
): { key: string; name: string } | undefined {
  const at = parseA1(finding.cell);
  if (!at) return undefined;
  const t = analysis.tables.find(
    (x) => x.table.sheet === finding.sheet && contains(x.table.range, at.row, at.col),
  );
  const row = t?.table.rows.find((r) => r.row === at.row);
  if (!t || !row) return undefined;
  const name = namaIndikator(t.table, t.grid, row);
  const key = indicatorKey(name);
  return key ? { key, name } : undefined;
}

export type FindingGroup = {
  key: string;
  title: string;
  findings: Array<{ finding: Finding; index: number }>;
};

/** Findings grouped by the table that holds their cell (core/report: errors first, then place). */
export function groupFindings(analysis: Analysis, otherTitle: string): FindingGroup[] {
  const { report } = analysis;
  return groupByTable(report).map((g) => {
    const t = g.table !== undefined ? report.tables[g.table] : undefined;
    return {
      key: t ? `${t.sheet}!${t.range}` : `${g.sheet}!`,
      title: t ? `${t.sheet} ${t.range}${t.title ? ` · ${t.title}` : ""}` : `${g.sheet} · ${otherTitle}`,
      findings: g.findings,
    };
  });
}
