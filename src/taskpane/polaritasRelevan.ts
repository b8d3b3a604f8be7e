// Where the pane offers a polarity choice: only on a finding a polarity can change, a capaian or a
// target trend of an indicator's own values (K), never on a budget absorption ratio (serapan), an
// Rp column or row, a total, or a table without targets of its own.
import { MONEY_ROLES } from "../core/detect";
import type { DetectedColumn, DetectedTable, Role } from "../core/detect";
import { contains, parseA1 } from "../core/grid";
import type { Finding } from "../core/report";
import type { Analysis } from "./analisis";

/** Rules whose finding follows the indicator's polarity. */
export const POLARITY_RULES: ReadonlySet<string> = new Set(["capaian-mismatch", "target-trend"]);

/** Header words of a money column or ratio: "Rasio Serapan", "Realisasi Keuangan", "Pagu", "Rp". */
const MONEY_WORDS = /anggaran|keuangan|serapan|pagu|belanja|\brp\b/i;

const isMoney = (role: Role | undefined, c?: DetectedColumn): boolean =>
  (role !== undefined && MONEY_ROLES.has(role)) || c?.ukuran === "Rp" || (!!c && MONEY_WORDS.test(c.header));

/** Rows that hold an indicator's own values (not a total, an average, a grade or a heading). */
const INDICATOR_ROWS = new Set(["indikator", "indikator-lanjutan", "program", "kegiatan", "sub-kegiatan"]);

/** The table has targets in the indicator's unit (K), so its capaian is a performance's. */
const hasOwnTargets = (table: DetectedTable): boolean =>
  table.columns.some((c) => c.role === "target" && !isMoney(c.role, c)) ||
  table.rows.some((r) => r.role === "target");

/**
 * The indicator whose polarity would change this finding, or undefined where polarity means
 * nothing (a serapan ratio, money, a total row, another rule).
 */
export function polaritasRelevan(
  analysis: Analysis,
  finding: Finding,
): { key: string; name: string } | undefined {
  if (!POLARITY_RULES.has(finding.rule)) return undefined;
  const at = parseA1(finding.cell);
  if (!at) return undefined;
  const t = analysis.tables.find(
    (x) => x.table.sheet === finding.sheet && contains(x.table.range, at.row, at.col),
  )?.table;
  const row = t?.rows.find((r) => r.row === at.row);
  if (!t || !row || !INDICATOR_ROWS.has(row.kind)) return undefined;
  if (t.kind === "anggaran" || !hasOwnTargets(t)) return undefined;
  const column = t.columns.find((c) => c.col === at.col);
  if (isMoney(column?.role, column) || isMoney(row.role)) return undefined;
  return analysis.indikator(finding);
}
