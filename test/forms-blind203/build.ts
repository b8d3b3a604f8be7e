// The two-hundred-third set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Badan Pendapatan Daerah of two kabupaten, Sindangraya (Jawa Tengah) and Tanete Riaja
// (Sulawesi Selatan), on PBB-P2 and BPHTB (ketetapan and realisasi per kecamatan, piutang per buku, an
// LKjIP, a PK with its Renstra, a T-C.27 and an E.81-like Renja evaluation). `writeFormsBlind203(dir)`
// writes them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { pbbKecamatanSindangraya, piutangBukuTaneteRiaja } from "./pbb";
import { lkjipBapendaSindangraya, pkRenstraBapendaTaneteRiaja } from "./kinerja";
import { tc27BapendaSindangraya } from "./renstra";
import { e81BapendaTaneteRiaja } from "./evaluasi";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND203_BOOKS: Array<() => BookW> = [
  pbbKecamatanSindangraya,
  piutangBukuTaneteRiaja,
  lkjipBapendaSindangraya,
  pkRenstraBapendaTaneteRiaja,
  tc27BapendaSindangraya,
  e81BapendaTaneteRiaja,
];

export function buildBlind203(): BookW[] {
  return BLIND203_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind203(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind203());
}

export { expectedJson };
