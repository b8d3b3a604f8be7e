// The hundred-and-forty-third set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Kesehatan of kabupaten in Aceh and Bali (BLUD puskesmas revenue, hospital beds
// per class, a T-C.27 for ambulans / PSC 119 / akreditasi puskesmas, a PK beside its Renstra, an LKjIP
// measurement table, an E.81 Renja evaluation). `writeFormsBlind143(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { bludPuskesmasAceh, tempatTidurBali } from "./blud";
import { pkRenstraAceh, tc27Ambulans } from "./renstra";
import { e81DinkesBali, lkjipDinkesBali } from "./evaluasi";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND143_BOOKS: Array<() => BookW> = [
  bludPuskesmasAceh,
  tempatTidurBali,
  tc27Ambulans,
  pkRenstraAceh,
  lkjipDinkesBali,
  e81DinkesBali,
];

export function buildBlind143(): BookW[] {
  return BLIND143_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind143(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind143());
}

export { expectedJson };
