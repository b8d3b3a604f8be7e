// What the list of open findings shows: the groups (core/report order: errors first) with the
// severities the filter lets through, which groups start open, and the walk order of
// Sebelumnya / Berikutnya. No React here, so it is tested on its own.
import type { Severity } from "../core/report";
import type { FindingGroup } from "./analisis";

/** Up to this many open findings every group starts open; beyond, the first only. */
export const SEMUA_TERBUKA_SAMPAI = 10;

/** The groups with only the shown severities; a group left empty is left out. */
export function saring(groups: FindingGroup[], shown: ReadonlySet<Severity>): FindingGroup[] {
  return groups
    .map((g) => ({ ...g, findings: g.findings.filter((f) => shown.has(f.finding.severity)) }))
    .filter((g) => g.findings.length > 0);
}

/** The groups open at first: all of a short list, else the first (it holds the worst findings). */
export function grupTerbukaAwal(groups: FindingGroup[]): string[] {
  const n = groups.reduce((k, g) => k + g.findings.length, 0);
  return n <= SEMUA_TERBUKA_SAMPAI ? groups.map((g) => g.key) : groups.slice(0, 1).map((g) => g.key);
}

/** Open findings by severity. */
export function hitungTingkat(groups: FindingGroup[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const g of groups) for (const f of g.findings) c[f.finding.severity]++;
  return c;
}

/**
 * The next finding's index from `current` in `order`: before any selection Berikutnya opens the
 * first and Sebelumnya the last; a current finding the filter hid counts as no selection.
 */
export function langkah(order: number[], current: number, delta: number): number | undefined {
  if (!order.length) return undefined;
  const at = order.indexOf(current);
  if (at < 0) return delta > 0 ? order[0] : order[order.length - 1];
  return order[(at + delta + order.length) % order.length];
}
