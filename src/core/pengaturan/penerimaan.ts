// Findings the planner accepted with a reason ("Terima dengan alasan", the pane): a finding on the
// same rule, sheet and cell is marked `accepted` in the report, counted apart and left out of the
// error, warning and info counts (so of the exit code). When the value the finding was about was
// stored, another value there re-opens it: the reason was given for that value, not for any.
import type { Finding, Report } from "../report";
import type { Penerimaan } from "./pengaturan";

/** The key of a finding or an acceptance: rule, sheet and cell. */
const kunci = (x: { rule: string; sheet: string; cell: string }): string => `${x.rule}|${x.sheet}|${x.cell}`;

/** Does this acceptance still hold for this finding? */
export function cocok(p: Penerimaan, f: Finding): boolean {
  return kunci(p) === kunci(f) && (p.actual === undefined || p.actual === f.actual);
}

/** The acceptance of a finding as the pane stores it. */
export function penerimaanUntuk(f: Finding, alasan: string, tanggal: string): Penerimaan {
  const p: Penerimaan = { rule: f.rule, sheet: f.sheet, cell: f.cell, alasan: alasan.trim(), tanggal };
  if (f.actual !== undefined) p.actual = f.actual;
  return p;
}

/** The list with this finding's acceptance added (replacing an older one of the same cell and rule). */
export function terima(daftar: readonly Penerimaan[], p: Penerimaan): Penerimaan[] {
  return [...daftar.filter((d) => kunci(d) !== kunci(p)), p];
}

/** The list without the acceptance of this finding (withdrawn). */
export function tarik(daftar: readonly Penerimaan[], f: Finding): Penerimaan[] {
  return daftar.filter((d) => kunci(d) !== kunci(f));
}

/**
 * Marks the report's accepted findings (`accepted: { reason, date }`) and counts the summary
 * again without them (`summary.accepted`, present whenever acceptances were stored). The same
 * report, changed in place.
 */
export function terapkanPenerimaan(report: Report, daftar: readonly Penerimaan[]): Report {
  if (!daftar.length) return report;
  const byKey = new Map(daftar.map((p) => [kunci(p), p]));
  for (const f of report.findings) {
    const p = byKey.get(kunci(f));
    if (p && cocok(p, f)) f.accepted = { reason: p.alasan, ...(p.tanggal ? { date: p.tanggal } : {}) };
    else delete f.accepted;
  }
  const open = report.findings.filter((f) => !f.accepted);
  const count = (s: Finding["severity"]): number => open.filter((f) => f.severity === s).length;
  report.summary = {
    ...report.summary,
    errors: count("error"),
    warnings: count("warning"),
    info: count("info"),
    accepted: report.findings.length - open.length,
  };
  return report;
}
