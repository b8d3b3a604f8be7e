// Text clean-up shared by the parsers: PDF and Word pastes bring non-breaking and thin spaces,
// tabs and line breaks into cells that look like plain numbers.

const SPACES = /[\s\u00A0\u2007\u202F\u2009\u200A\uFEFF]+/g;

/** Collapses every kind of space to one ASCII space and trims. */
export function rapikan(text: string): string {
  return text.replace(SPACES, " ").trim();
}

/**
 * The marks planners write for "no data". Compared after `rapikan` and lower-casing.
 * "-" is here, so a lone dash never becomes 0 (some money tables use it for nil: keep that
 * decision with the caller, who knows the column).
 */
const TANPA_NILAI = new Set([
  "-",
  "--",
  "–",
  "—",
  "−",
  "na",
  "n/a",
  "n.a.",
  "n.a",
  "tidak ada data",
  "belum ada data",
  "tad",
]);

export function isTanpaNilai(text: string): boolean {
  return TANPA_NILAI.has(rapikan(text).toLowerCase());
}
