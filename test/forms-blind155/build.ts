// The hundred-and-fifty-fifth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Perumahan, Kawasan Permukiman dan Pertanahan with the PDAM on SPM air minum and
// sanitasi (akses air minum layak, SPALD) in Kalimantan Selatan and Papua Pegunungan: a per-kecamatan
// household access recap, a PDAM connection table, a T-C.27 Renstra, an E.81 Renja evaluation, an
// LKjIP and a PK beside its Renstra. `writeFormsBlind155(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { aksesKecamatanKalsel, sambunganPdamPapua } from "./air";
import { e81PerkimKalsel, lkjipPerkimPapua, pkPerkimKalsel, renstraTc27Kalsel } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND155_BOOKS: Array<() => BookW> = [
  aksesKecamatanKalsel,
  sambunganPdamPapua,
  renstraTc27Kalsel,
  e81PerkimKalsel,
  lkjipPerkimPapua,
  pkPerkimKalsel,
];

export function buildBlind155(): BookW[] {
  return BLIND155_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind155(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind155());
}

export { expectedJson };
