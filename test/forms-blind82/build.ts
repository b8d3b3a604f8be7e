// The eighty-second set of unseen standard-form workbooks (issue 9): the Dinas Pertanian of kabupaten
// in Lampung and Sulawesi Tengah: two recaps of pupuk bersubsidi per kecamatan, a distribution of
// alsintan per kelompok tani, a padi production recap, an E.81 Renja evaluation with quarters and a
// Renstra T-C.27, written in code with the kit of test/forms. `writeFormsBlind82(dir)` writes them
// with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { pupukLembahNapu, pupukWayTenumbang } from "./pupuk";
import { alsintanTambarana, produksiSekampungHulu } from "./produksi";
import { e81LembahNapu } from "./renja";
import { renstraWayTenumbang } from "./renstra";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND82_BOOKS: Array<() => BookW> = [
  pupukWayTenumbang,
  pupukLembahNapu,
  alsintanTambarana,
  produksiSekampungHulu,
  e81LembahNapu,
  renstraWayTenumbang,
];

export function buildBlind82(): BookW[] {
  return BLIND82_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind82(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind82());
}

export { expectedJson };
