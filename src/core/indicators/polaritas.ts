/**
 * Polaritas and metode of an indicator, read from what a user types into a cell.
 *
 * - Polaritas positif: higher is better (capaian = R / T x 100).
 * - Polaritas negatif: lower is better (poverty rate, Gini index, "Persentase PMKS").
 *   Careful: "Persentase penurunan PMKS" is positif (a larger decrease is better).
 * - Metode for negatif (docs/domain.md): "refleksi" (2T - R) / T x 100, the default and the only one written
 *   in a regulation (PermenPANRB 8/2021, "kondisi khusus"); "rasio" T / R x 100, used by several
 *   regional systems.
 *
 * Both parsers return undefined for a blank (use the default), { ok: true, value } for a known word,
 * or a 'nilai' error listing the accepted words.
 */
import { berhasil, gagal } from "./hasil";
import type { Hasil } from "./hasil";
import { pilih } from "./pilihan";

export type Polaritas = "positif" | "negatif";
export type MetodeNegatif = "refleksi" | "rasio";

const POLARITAS: Record<string, Polaritas> = {
  positif: "positif",
  positive: "positif",
  "+": "positif",
  "+1": "positif",
  "1": "positif",
  naik: "positif",
  meningkat: "positif",
  // SAKIP's "Sifat Indikator": maximize / minimize (PermenPANRB 53/2014, "polarisasi")
  maksimal: "positif",
  maksimum: "positif",
  // ("Maks" / "Min", abbreviated in a "Sifat" column, forms-blind275)
  maks: "positif",
  max: "positif",
  maximize: "positif",
  maksimalisasi: "positif",
  negatif: "negatif",
  minimal: "negatif",
  minimum: "negatif",
  min: "negatif",
  minimize: "negatif",
  minimalisasi: "negatif",
  negative: "negatif",
  "-": "negatif",
  "−": "negatif",
  "-1": "negatif",
  "−1": "negatif",
  turun: "negatif",
  menurun: "negatif",
};

// How planners gloss a polarity in words: "semakin kecil semakin baik" (lower is better), "makin
// tinggi makin baik" (higher). One list for the polarity cells here and for the notes and
// remarks the rules read (../rules/catatanPolaritas).
const SEMAKIN = "(?:semakin|makin|kian)";
export const GLOSA_NEGATIF = new RegExp(`${SEMAKIN} (?:kecil|rendah|sedikit|turun) ${SEMAKIN} baik`);
export const GLOSA_POSITIF = new RegExp(`${SEMAKIN} (?:besar|tinggi|banyak|naik) ${SEMAKIN} baik`);
// a cell of a gloss, with or without its word before it: "Minimal (semakin rendah semakin baik)"
const DIGLOSA = new RegExp(
  `^\\s*(?:(\\p{L}+)(?=[\\s(]))?\\s*\\(?\\s*(${SEMAKIN} \\p{L}+ ${SEMAKIN} baik)\\s*\\)?\\s*$`,
  "iu",
);

const METODE: Record<string, MetodeNegatif> = {
  refleksi: "refleksi",
  reflection: "refleksi",
  rasio: "rasio",
  ratio: "rasio",
};

export function parsePolaritas(x: unknown): Hasil<Polaritas> | undefined {
  // "menurun (-)", "naik (+)": a word and its sign, as an LKjIP's "Arah Kinerja" writes them; or
  // the sign alone in brackets, "(+)", "(-)", as a "Sifat (+/-)" column does
  const m = typeof x === "string" ? /^\s*(\p{L}+)?\s*\(\s*([+\-−])\s*\)\s*$/u.exec(x) : null;
  if (m) {
    const tanda = pilih(m[2], POLARITAS);
    const kata = m[1] === undefined ? tanda : pilih(m[1], POLARITAS);
    if (tanda && (kata === tanda || kata === null)) return berhasil(tanda);
  }
  // "Minimal (semakin rendah semakin baik)", "Semakin tinggi semakin baik": the word, its gloss,
  // or both when they agree (forms-blind98's Polaritas column)
  const g = typeof x === "string" ? DIGLOSA.exec(x) : null;
  if (g) {
    const glosa = g[2].toLowerCase();
    const arti = GLOSA_NEGATIF.test(glosa) ? "negatif" : GLOSA_POSITIF.test(glosa) ? "positif" : undefined;
    const kata = g[1] === undefined ? arti : pilih(g[1], POLARITAS);
    if (arti && kata === arti) return berhasil(arti);
  }
  const p = pilih(x, POLARITAS);
  if (p === undefined) return undefined;
  if (p !== null) return berhasil(p);
  return gagal(
    "nilai",
    `Polaritas "${String(x)}" tidak dikenal. Tulis positif (+, naik, 1: makin tinggi makin baik) atau negatif (-, turun, -1: makin rendah makin baik).`,
    `Unknown polarity "${String(x)}". Use positif (+, naik, 1: higher is better) or negatif (-, turun, -1: lower is better).`,
  );
}

/** A polarity cell that only glosses ("Semakin kecil semakin baik"), no word of its own. */
export function glosaSaja(text: string): boolean {
  const g = DIGLOSA.exec(text);
  return !!g && g[1] === undefined;
}

export function parseMetode(x: unknown): Hasil<MetodeNegatif> | undefined {
  const m = pilih(x, METODE);
  if (m === undefined) return undefined;
  if (m !== null) return berhasil(m);
  return gagal(
    "nilai",
    `Metode "${String(x)}" tidak dikenal. Tulis refleksi ((2T - R) / T x 100, bawaan) atau rasio (T / R x 100).`,
    `Unknown method "${String(x)}". Use refleksi ((2T - R) / T x 100, the default) or rasio (T / R x 100).`,
  );
}
