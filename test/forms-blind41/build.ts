// The forty-first set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: education and personnel offices of kabupaten in Papua Barat Daya and Maluku Utara (a
// Dinas Pendidikan's LKjIP with APK / APM and angka putus sekolah, a recap of schools, teachers and
// pupils per jenjang and kecamatan, a BOS Reguler realisation per school, a Renstra T-C.27 in
// thousands of rupiah, a BKPSDM recap of PNS per golongan and gender, a PK with targets per
// triwulan), in other offices, wordings and layouts than test/forms, test/forms-unseen,
// test/forms-blind and test/forms-blind2 .. test/forms-blind40.
// `writeFormsBlind41(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { lkjipDisdikKlawalu, rekapSekolahKayoa } from "./pendidikan";
import { bosAyamaruRaya, renstraDikbudOba } from "./anggaran";
import { pkDisdikKaisDarat, rekapAsnGaneRaya } from "./kepegawaian";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND41_BOOKS: Array<() => BookW> = [
  lkjipDisdikKlawalu,
  rekapSekolahKayoa,
  bosAyamaruRaya,
  renstraDikbudOba,
  rekapAsnGaneRaya,
  pkDisdikKaisDarat,
];

export function buildBlind41(): BookW[] {
  return BLIND41_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind41(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind41());
}

export { expectedJson };
