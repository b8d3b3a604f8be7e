// Turns detected tables and findings into the report contract.
import type { DetectedTable } from "../detect";
import { colToLetters, rangeToA1 } from "../grid";
import type { Finding, Report, ReportTable } from "./types";

export function reportTable(t: DetectedTable): ReportTable {
  const out: ReportTable = {
    sheet: t.sheet,
    range: rangeToA1(t.range),
    headerRange: rangeToA1(t.headerRange),
    dataRange: rangeToA1(t.dataRange),
    kind: t.kind,
    columns: t.columns.map((c) => {
      // a guessed reading of a column of no role (a recap's figures as realisations), as a guess
      const tebakan = c.role === "lainnya" ? c.tebakan : undefined;
      return {
        column: colToLetters(c.col),
        role: tebakan?.role ?? c.role,
        ...((tebakan?.year ?? c.year) !== undefined ? { year: tebakan?.year ?? c.year } : {}),
        header: c.header,
        ...(c.certain && !tebakan ? {} : { guess: true as const }),
        ...(c.quarter !== undefined ? { quarter: c.quarter } : {}),
        ...(c.semester !== undefined ? { semester: c.semester } : {}),
        ...(c.tahap !== undefined ? { tahap: c.tahap } : {}),
        ...(c.toDate ? { toDate: true as const } : {}),
        ...(c.endOfPeriod ? { endOfPeriod: true as const } : {}),
      };
    }),
  };
  if (t.orientation === "rows") {
    out.orientation = "rows";
    out.rows = t.rows.flatMap((r) => (r.role ? [{ row: r.row, role: r.role }] : []));
  }
  if (t.skalaRupiah) out.rupiahScale = t.skalaRupiah;
  if (t.title) out.title = t.title;
  if (t.notes.length) out.notes = t.notes;
  return out;
}

export function buildReport(
  workbook: string,
  tables: DetectedTable[],
  findings: Finding[],
  hiddenSheets: string[] = [],
  externalLinks = 0,
): Report {
  const count = (s: Finding["severity"]): number => findings.filter((f) => f.severity === s).length;
  const report: Report = {
    schema: "cermat.report/1",
    workbook,
    tables: tables.map(reportTable),
    findings,
    summary: {
      tables: tables.length,
      errors: count("error"),
      warnings: count("warning"),
      info: count("info"),
    },
  };
  if (hiddenSheets.length) report.hiddenSheets = hiddenSheets;
  if (externalLinks) report.externalLinks = externalLinks;
  return report;
}
