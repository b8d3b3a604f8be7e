// What the pane keeps of a check and shows from it. The checker itself (engine.ts: detection, the
// rules and mathjs) is loaded when the first check starts, so these are apart from it: the pane's
// first load stays small (bench: taskpane.js budget).
import type { DetectedTable, Role } from "../core/detect";
import { rangeToA1 } from "../core/grid";
import { groupFindings as groupByTable } from "../core/report";
import type { Finding, Report } from "../core/report";
import type { TableInWorkbook } from "../core/rules";

/** Column roles the planner corrected: table key -> column number -> role. */
export type RoleOverrides = Record<string, Record<number, Role>>;

export const tableKey = (t: DetectedTable): string => `${t.sheet}!${rangeToA1(t.range)}`;

export type Analysis = {
  tables: TableInWorkbook[];
  report: Report;
  /** The indicator a finding's row names, for a polarity choice (engine.ts's indicatorOfFinding). */
  indikator: (finding: Finding) => { key: string; name: string } | undefined;
};

export type FindingGroup = {
  key: string;
  title: string;
  findings: Array<{ finding: Finding; index: number }>;
};

/** Findings grouped by the table that holds their cell (core/report: errors first, then place). */
export function groupFindings(analysis: Pick<Analysis, "report">, otherTitle: string): FindingGroup[] {
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
