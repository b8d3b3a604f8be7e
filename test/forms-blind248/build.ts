// The 248th set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// Cipta Karya side of two invented offices, the Dinas PUPR Kabupaten Lembah Seruni (Jawa Tengah) and
// the Dinas Perkim dan Cipta Karya Kota Tanjung Meranti (Kalimantan Barat), on Persetujuan Bangunan
// Gedung (PBG), Sertifikat Laik Fungsi (SLF), retribusi PBG and menara telekomunikasi.
// `writeFormsBlind248(dir)` writes them with their expected.json (../shared/samples/formulir format).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81CiptaKarya, tc27CiptaKarya } from "./evaluasi";
import { lkjipCiptaKarya, pkCiptaKarya, rekapPbgKecamatan, retribusiMenara } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND248_BOOKS: Array<() => BookW> = [
  e81CiptaKarya,
  tc27CiptaKarya,
  lkjipCiptaKarya,
  pkCiptaKarya,
  rekapPbgKecamatan,
  retribusiMenara,
];

export function buildBlind248(): BookW[] {
  return BLIND248_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind248(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind248());
}

export { expectedJson };
