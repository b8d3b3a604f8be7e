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
  maximize: "positif",
  maksimalisasi: "positif",
  negatif: "negatif",
  minimal: "negatif",
  minimum: "negatif",
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

const METODE: Record<string, MetodeNegatif> = {
  refleksi: "refleksi",
  reflection: "refleksi",
  rasio: "rasio",
  ratio: "rasio",
};

export function parsePolaritas(x: unknown): Hasil<Polaritas> | undefined {
  // "menurun (-)", "naik (+)": a word and its sign, as an LKjIP's "Arah Kinerja" writes them
  const m = typeof x === "string" ? /^\s*(\p{L}+)\s*\(\s*([+\-−])\s*\)\s*$/u.exec(x) : null;
  if (m) {
    const kata = pilih(m[1], POLARITAS);
    const tanda = pilih(m[2], POLARITAS);
    if (tanda && (kata === tanda || kata === null)) return berhasil(tanda);
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
