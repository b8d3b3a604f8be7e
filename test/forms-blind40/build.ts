// A fortieth set of unseen standard-form workbooks: kabupaten offices of Nusa Tenggara Timur and
// Sulawesi Selatan for public works, agriculture and fisheries (a progress report per paket, an SPM
// achievement report, an LKjIP of the Dinas Pertanian, a T-C.29 Renja review of the Dinas Perikanan,
// a Musrenbang recap per kecamatan and a Renstra target table). `writeFormsBlind40(dir)` writes them
// with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { progresPaketWatuMbora, spmPuBuluTellue } from "./progres";
import { lkjipPertanianBontoLempangan, tc29PerikananNangaroro } from "./pertanian";
import { rekapMusrenbangBalangToa, renstraDkppWatuMbora } from "./renstra";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND40_BOOKS: Array<() => BookW> = [
  progresPaketWatuMbora,
  spmPuBuluTellue,
  lkjipPertanianBontoLempangan,
  tc29PerikananNangaroro,
  rekapMusrenbangBalangToa,
  renstraDkppWatuMbora,
];

export function buildBlind40(): BookW[] {
  return BLIND40_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind40(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind40());
}

export { expectedJson };
