// The hundred-and-forty-fourth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Inspektorat and the Bagian Hukum Setda on audit follow-up (tindak lanjut LHP), produk
// hukum and JDIH, in Jawa Timur and Sulawesi Barat (a recap of the status of the recommendations per
// perangkat daerah, an LKjIP measurement table, a T-C.27 in thousands of rupiah, a PK with the Renstra
// Setda, an E.81-like Renja evaluation with quarters, a JDIH recap per jenis produk hukum).
// `writeFormsBlind142(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { lkjipInspektoratKaliBrantas, rekapTlMamujuHilir, tc27InspektoratKaliBrantas } from "./inspektorat";
import { evaluasiRenjaHukumMajene, pkHukumPolewaliTimur, rekapJdihNgrowoKidul } from "./hukum";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND142_BOOKS: Array<() => BookW> = [
  rekapTlMamujuHilir,
  lkjipInspektoratKaliBrantas,
  tc27InspektoratKaliBrantas,
  pkHukumPolewaliTimur,
  evaluasiRenjaHukumMajene,
  rekapJdihNgrowoKidul,
];

export function buildBlind142(): BookW[] {
  return BLIND142_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind142(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind142());
}

export { expectedJson };
