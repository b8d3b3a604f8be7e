// The ninety-sixth set of unseen standard-form workbooks, written in code with the kit of test/forms:
// the Bagian Perekonomian dan SDA of a kabupaten's Sekretariat Daerah in Kalimantan Selatan and Papua
// Barat (monthly year-on-year inflation against the TPID target and weekly staple prices, penyertaan
// modal and dividen BUMD, a Renja T-C.30-like plan, an E.81-like evaluation, a PK beside the Renstra
// Setda, an LKjIP). `writeFormsBlind96(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { inflasiBatuMandi } from "./inflasi";
import { dividenSungaiPinang } from "./bumd";
import { e81Arguni, renjaArguni } from "./renja";
import { lkjipSawiyo, pkSungaiAmban } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND96_BOOKS: Array<() => BookW> = [
  inflasiBatuMandi,
  dividenSungaiPinang,
  renjaArguni,
  e81Arguni,
  pkSungaiAmban,
  lkjipSawiyo,
];

export function buildBlind96(): BookW[] {
  return BLIND96_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind96(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind96());
}

export { expectedJson };
