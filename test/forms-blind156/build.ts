// The set of unseen standard-form workbooks for issue 9 numbered 156, written in code with the kit of
// test/forms: the BKPSDM (Badan Kepegawaian dan Pengembangan SDM) of kabupaten in Bengkulu and
// Sulawesi Utara (an E.81 Renja evaluation, a T-C.27 "(dalam ribuan rupiah)", a per-OPD ASN recap by
// golongan, an LKjIP with the 20 JP computation, a PK beside its Renstra, an IKU matrix).
// `writeFormsBlind156(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Bkpsdm, rekapAsnGolongan, tc27Bkpsdm } from "./anggaran";
import { ikuBkpsdm, lkjipBkpsdm, pkBkpsdm } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND156_BOOKS: Array<() => BookW> = [
  e81Bkpsdm,
  tc27Bkpsdm,
  rekapAsnGolongan,
  lkjipBkpsdm,
  pkBkpsdm,
  ikuBkpsdm,
];

export function buildBlind156(): BookW[] {
  return BLIND156_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind156(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind156());
}

export { expectedJson };
