// A twenty-fifth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: a Sumatra provincial Bappeda's review of kabupaten documents (an RPJMD indicator
// table, a Dinas Kesehatan Renstra T-C.28, an E.79 RKPD evaluation by urusan, an LKjIP with three
// capaian columns, a PK Perubahan semula / menjadi beside its Renstra, a monthly belanja
// realisation), in other offices, wordings and layouts than the earlier sets.
// `writeFormsBlind25(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { rpjmdBatangSinamar } from "./rpjmd";
import { renstraDinkesKotoBaringin } from "./renstra";
import { e79LubukPandan } from "./rkpd";
import { lkjipTanahSirah } from "./lkjip";
import { pkPerubahanRokanTengah } from "./pk";
import { belanjaBulananAirBangis } from "./belanja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND25_BOOKS: Array<() => BookW> = [
  rpjmdBatangSinamar,
  renstraDinkesKotoBaringin,
  e79LubukPandan,
  lkjipTanahSirah,
  pkPerubahanRokanTengah,
  belanjaBulananAirBangis,
];

export function buildBlind25(): BookW[] {
  return BLIND25_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind25(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind25());
}

export { expectedJson };
