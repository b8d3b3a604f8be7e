// Header text as people type it: case, line breaks, double spaces and the usual typos
// ("Presentase", "Restra", "KEBIKAJAN") folded away before matching words.
const TYPOS: Array<[RegExp, string]> = [
  [/\bpresentase\b/g, "persentase"],
  [/\bprosentase\b/g, "persentase"],
  [/\brestra\b/g, "renstra"],
  [/\bkebikajan\b/g, "kebijakan"],
  [/\breaslisasi\b/g, "realisasi"],
  [/\brealiasi\b/g, "realisasi"],
  [/\btaget\b/g, "target"],
  [/\bindkator\b/g, "indikator"],
  [/\bindikaor\b/g, "indikator"],
  [/\bsatauan\b/g, "satuan"],
  [/\bangaran\b/g, "anggaran"],
  [/\bn0\b/g, "no"],
];

export function norm(text: unknown): string {
  if (text === null || text === undefined) return "";
  let s = String(text)
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, " ")
    .trim();
  for (const [re, to] of TYPOS) s = s.replace(re, to);
  return s;
}

/** A year printed in a header: "2024", "Tahun 2024", "Kondisi Awal (2021)", "TA. 2023". */
export function yearIn(text: string): number | undefined {
  const m = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  return y >= 1990 && y <= 2100 ? y : undefined;
}

export function isYearText(text: string): boolean {
  return /^(tahun |th\.? |ta\.? )?(19|20)\d{2}\*?\)?$/.test(norm(text));
}
