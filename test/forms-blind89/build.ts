// The eighty-ninth set of unseen standard-form workbooks, written in code with the kit of test/forms:
// the Badan Pendapatan Daerah of Kota Tukad Sari (Bali) and Kabupaten Bolaang Tondano (Sulawesi Utara)
// (realisasi pajak daerah per jenis per triwulan, PBB-P2 ketetapan and realisasi per kecamatan, an
// LKjIP with rasio PAD and tunggakan pajak, a PK beside the Renstra it quotes, an E.81-like evaluation
// with K | Rp pairs, a T-C.27-like Renstra table). `writeFormsBlind89(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { pajakTriwulanTukadSari, pbbKecamatanBolaang } from "./pajak";
import { lkjipBapendaTukadSari, pkBapendaBolaang } from "./kinerja";
import { e81BapendaTukadSari } from "./evaluasi";
import { tc27BapendaBolaang } from "./renstra";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND89_BOOKS: Array<() => BookW> = [
  pajakTriwulanTukadSari,
  pbbKecamatanBolaang,
  lkjipBapendaTukadSari,
  pkBapendaBolaang,
  e81BapendaTukadSari,
  tc27BapendaBolaang,
];

export function buildBlind89(): BookW[] {
  return BLIND89_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind89(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind89());
}

export { expectedJson };
