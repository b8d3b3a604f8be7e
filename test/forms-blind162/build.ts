// The hundred-and-sixty-second set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Perkebunan of kabupaten in Riau and Sulawesi Tenggara (kelapa sawit, karet,
// kopi and kakao; a per-kecamatan planted-area recap, a PSR fund recap per koperasi, an LKjIP, a PK
// with its Renstra, a T-C.27 and an E.81). `writeFormsBlind162(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { luasTanamKamparHulu, psrSiakTimur } from "./kebun";
import { lkjipKolakaRaya, pkIndragiriRawang } from "./kinerja";
import { e81RokanTengah, tc27KonaweLaut } from "./rencana";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND162_BOOKS: Array<() => BookW> = [
  luasTanamKamparHulu,
  psrSiakTimur,
  lkjipKolakaRaya,
  pkIndragiriRawang,
  tc27KonaweLaut,
  e81RokanTengah,
];

export function buildBlind162(): BookW[] {
  return BLIND162_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind162(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind162());
}

export { expectedJson };
