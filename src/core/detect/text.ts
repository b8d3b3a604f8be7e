// Header text as people type it: case, line breaks, double spaces and the usual typos
// ("Presentase", "Restra", "KEBIKAJAN") folded away before matching words.
const TYPOS: Record<string, string> = {
  presentase: "persentase",
  prosentase: "persentase",
  restra: "renstra",
  kebikajan: "kebijakan",
  reaslisasi: "realisasi",
  realiasi: "realisasi",
  taget: "target",
  indkator: "indikator",
  indikaor: "indikator",
  satauan: "satuan",
  angaran: "anggaran",
  n0: "no",
};
// One pass for all of them: norm runs on many cells.
const TYPO = new RegExp(`\\b(${Object.keys(TYPOS).join("|")})\\b`, "g");

export function norm(text: unknown): string {
  if (text === null || text === undefined) return "";
  return normalise(typeof text === "object" ? ((text as { error?: string }).error ?? "") : String(text));
}

function normalise(raw: string): string {
  let s = raw.toLowerCase();
  // most cells have single plain spaces only: skip the replace, which rewrites every space
  if (ODD_SPACE.test(s)) s = s.replace(/[\u00a0\s]+/g, " ");
  s = s.trim();
  return s.replace(TYPO, (w) => TYPOS[w]);
}
const ODD_SPACE = /[^\S ]| {2}/;

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
