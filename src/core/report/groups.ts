// Findings as people read them: by the table that holds their cell, errors first, then by place.
// The text report, the pane and the marked copy's results sheet all order findings this way.
import { contains, parseA1, parseRange } from "../grid";
import type { Finding, Report, ReportTable, Severity } from "./types";

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export type FindingGroup = {
  /** The table's index in `report.tables`, or undefined for cells outside every table. */
  table?: number;
  sheet: string;
  /** Each finding with its index in `report.findings`. */
  findings: Array<{ finding: Finding; index: number }>;
};

/** Errors first, then warnings, then info; within a severity by row, then column. */
export function compareFindings(a: Finding, b: Finding): number {
  const pa = parseA1(a.cell);
  const pb = parseA1(b.cell);
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (pa?.row ?? Infinity) - (pb?.row ?? Infinity) ||
    (pa?.col ?? Infinity) - (pb?.col ?? Infinity)
  );
}

function tableOf(tables: ReportTable[], f: Finding): number | undefined {
  const at = parseA1(f.cell);
  if (!at) return undefined;
  const i = tables.findIndex((t) => {
    const r = t.sheet === f.sheet ? parseRange(t.range) : undefined;
    return !!r && contains(r, at.row, at.col);
  });
  return i < 0 ? undefined : i;
}

/**
 * The open findings grouped by table: groups holding an error first (then warnings, then info
 * only), each in the order of the tables; inside a group by severity, then row and column.
 * Accepted findings are not in any group: see acceptedFindings.
 */
export function groupFindings(report: Report): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  report.findings.forEach((finding, index) => {
    if (finding.accepted) return;
    const table = tableOf(report.tables, finding);
    const key = table === undefined ? `${finding.sheet}!` : String(table);
    let g = groups.get(key);
    if (!g) {
      g = { sheet: finding.sheet, findings: [] };
      if (table !== undefined) g.table = table;
      groups.set(key, g);
    }
    g.findings.push({ finding, index });
  });
  const worst = (g: FindingGroup): number =>
    Math.min(...g.findings.map((f) => SEVERITY_RANK[f.finding.severity]));
  const order = (g: FindingGroup): number => g.table ?? report.tables.length;
  const out = [...groups.values()];
  for (const g of out) g.findings.sort((a, b) => compareFindings(a.finding, b.finding) || a.index - b.index);
  return out.sort((a, b) => worst(a) - worst(b) || order(a) - order(b) || a.sheet.localeCompare(b.sheet));
}

/** The accepted findings, each with its index in `report.findings`, in the same order as a group's. */
export function acceptedFindings(report: Report): Array<{ finding: Finding; index: number }> {
  return report.findings
    .map((finding, index) => ({ finding, index }))
    .filter((f) => f.finding.accepted)
    .sort((a, b) => compareFindings(a.finding, b.finding) || a.index - b.index);
}
