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
// the same words, tested first: most texts hold none, and a test is about three times cheaper
// than a global replace that finds nothing
const ADA_TYPO = new RegExp(`\\b(?:${Object.keys(TYPOS).join("|")})\\b`);

export function norm(text: unknown): string {
  if (text === null || text === undefined) return "";
  return normalise(typeof text === "object" ? ((text as { error?: string }).error ?? "") : String(text));
}

function normalise(raw: string): string {
  let s = raw.toLowerCase();
  // most cells have single plain spaces only: skip the replace, which rewrites every space
  if (ODD_SPACE.test(s)) s = s.replace(/[\u00a0\s]+/g, " ");
  s = s.trim();
  return ADA_TYPO.test(s) ? s.replace(TYPO, (w) => TYPOS[w]) : s;
}
const ODD_SPACE = /[^\S ]| {2}/;

/** The last label of a header path as written ("Rp" of "Target Kinerja > 2024 > Rp"), trimmed. */
/**
 * A normalised title without its fiscal year and funds ("TAHUN ANGGARAN 2024 (APBD dan DAK)"):
 * they name no plan, though "anggaran" is a plan word in a column header (forms-blind44).
 */
export function judulTanpaAnggaran(title: string): string {
  return (
    norm(title)
      .replace(/\btahun anggaran\b/g, " ")
      // ("(APBD Kota)": the funds of one level of government, forms-blind67)
      .replace(
        /\((?:\s|,|\/|\b(?:dan|apbd|apbn|dak|dau|dbh|did|pad|dana desa|kota|kabupaten|kab|provinsi|prov)\b\.?)+\)/g,
        " ",
      )
  );
}

/**
 * The labels of a header path, as detect joins them (" > "): a label that holds ">" itself
 * ("Responden Puas (nilai >= 3)", forms-blind144) stays whole.
 */
export function bagianKepala(header: string): string[] {
  return header.split(" > ");
}

export function daunKepala(header: string): string {
  return (bagianKepala(header).pop() ?? "").trim();
}

/** The same, normalised for matching ("rp"). */
export function labelAkhir(header: string): string {
  return norm(daunKepala(header));
}

/** A column's own label without what it says in brackets ("baik" of "Baik (km)"), for matching. */
export function labelTanpaKurung(header: string): string {
  return labelAkhir(header)
    .replace(/\([^)]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The heading a column sits under as written ("Belanja" of "Belanja > Realisasi"), or none. */
export function kelompokKepala(header: string): string | undefined {
  const parts = bagianKepala(header);
  return parts.length > 1 ? parts.slice(0, -1).join(" > ").trim() : undefined;
}

/**
 * A header without a last label that is only a unit in brackets ("Kondisi Prasarana > Baik" of
 * "Kondisi Prasarana > Baik > (unit)", a unit row under named columns, forms-blind78): the label
 * above it names the column.
 */
export function tanpaSatuanAkhir(header: string): string {
  const parts = bagianKepala(header);
  return parts.length > 1 && /^\(\s*[^()]{1,15}\s*\)$/.test(parts[parts.length - 1].trim())
    ? parts.slice(0, -1).join(" > ").trim()
    : header;
}

/** The same, normalised for matching ("belanja"). */
export function kelompokLabel(header: string): string | undefined {
  const k = kelompokKepala(header);
  return k === undefined ? undefined : norm(k);
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

/** Month names and short forms as headers write them ("Jan", "Peb", "Agst", "Nop", "Desember"). */
export const NAMA_BULAN: Readonly<Record<string, number>> = {
  jan: 1,
  januari: 1,
  feb: 2,
  peb: 2,
  februari: 2,
  pebruari: 2,
  mar: 3,
  maret: 3,
  apr: 4,
  april: 4,
  mei: 5,
  jun: 6,
  juni: 6,
  jul: 7,
  juli: 7,
  agu: 8,
  agt: 8,
  agst: 8,
  agus: 8,
  agustus: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  nov: 11,
  nop: 11,
  nopember: 11,
  november: 11,
  des: 12,
  desember: 12,
};

/** The month a normalised label names ("jan", "agst.") , or undefined. */
export function bulanKe(label: string): number | undefined {
  const k = label.trim().toLowerCase().replace(/\.$/, "");
  return Object.prototype.hasOwnProperty.call(NAMA_BULAN, k) ? NAMA_BULAN[k] : undefined;
}
