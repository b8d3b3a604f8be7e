// The ninety-second set of unseen standard-form workbooks, written in code with the kit of test/forms:
// the Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) of a kabupaten in Sulawesi
// Tenggara and a kota in Kalimantan Timur (ASN per golongan per perangkat daerah, ASN meeting the
// 20 JP per triwulan, an LKjIP with the Indeks Profesionalitas ASN and pelanggaran disiplin, a PK
// beside its Renstra, a Renja T-C.30-like plan and an E.81-like evaluation with K | Rp pairs).
// `writeFormsBlind92(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { asnGolonganSultra, kompetensi20JpKaltim } from "./rekap";
import { lkjipBkpsdmKaltim, pkRenstraBkpsdmSultra } from "./kinerja";
import { e81BkpsdmSultra, renjaTc30Kaltim } from "./renja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND92_BOOKS: Array<() => BookW> = [
  asnGolonganSultra,
  kompetensi20JpKaltim,
  lkjipBkpsdmKaltim,
  pkRenstraBkpsdmSultra,
  renjaTc30Kaltim,
  e81BkpsdmSultra,
];

export function buildBlind92(): BookW[] {
  return BLIND92_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind92(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind92());
}

export { expectedJson };
