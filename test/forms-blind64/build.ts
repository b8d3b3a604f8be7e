// A sixty-fourth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: kota offices of Papua Tengah and Sulawesi Selatan. The Dinas Kesehatan of Kota Siriwo
// (the SPM kesehatan achievement 2024 of the 12 jenis layanan dasar, an LKjIP 2024 with refleksi for
// AKI / AKB / stunting), the BKPSDM of Kota Siriwo (an E.81 whose kinerja targets carry their unit as
// text), the Dinas Kesehatan of Kota Bontolempa (a KIA recap per puskesmas, an IKU 2025-2029 with a
// written formula column) and the BKPSDM of Kota Bontolempa (a recap of ASN per OPD and golongan),
// in other offices, wordings and layouts than the earlier sets. `writeFormsBlind64(dir)` writes them
// with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { kiaBontolempa, spmSiriwo } from "./kesehatan";
import { ikuBontolempa, lkjipSiriwo } from "./kinerja";
import { e81BkpsdmSiriwo, rekapAsnBontolempa } from "./bkpsdm";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND64_BOOKS: Array<() => BookW> = [
  spmSiriwo,
  kiaBontolempa,
  lkjipSiriwo,
  ikuBontolempa,
  e81BkpsdmSiriwo,
  rekapAsnBontolempa,
];

export function buildBlind64(): BookW[] {
  return BLIND64_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind64(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind64());
}

export { expectedJson };
