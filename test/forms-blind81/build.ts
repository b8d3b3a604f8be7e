// The eighty-first set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: the Biro Hukum and the Biro Organisasi of the Sekretariat Daerah of the provinces of
// Sulawesi Tenggara and Kepulauan Riau (a monthly recap of produk hukum daerah by type, a recap of the
// fasilitasi / harmonisasi of kabupaten / kota Ranperda, an IKU table with the produk hukum
// dibatalkan, an IKU matrix of the Renstra with the index of reformasi birokrasi, a Perjanjian
// Kinerja with its budget, and an LKjIP measurement table), in other offices, wordings and layouts
// than the earlier sets. `writeFormsBlind81(dir)` writes them with their expected.json (the format
// of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { fasilitasiRanperdaKepri, rekapProdukHukumSultra } from "./hukum";
import { ikuBiroHukumSultra, ikuRenstraOrganisasiKepri } from "./iku";
import { lkjipBiroHukumKepri, pkBiroOrganisasiSultra } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND81_BOOKS: Array<() => BookW> = [
  rekapProdukHukumSultra,
  fasilitasiRanperdaKepri,
  ikuBiroHukumSultra,
  ikuRenstraOrganisasiKepri,
  pkBiroOrganisasiSultra,
  lkjipBiroHukumKepri,
];

export function buildBlind81(): BookW[] {
  return BLIND81_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind81(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind81());
}

export { expectedJson };
