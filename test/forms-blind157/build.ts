// The hundred-and-fifty-seventh set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Kelautan dan Perikanan of kabupaten in Sulawesi Utara and Maluku (a per-TPI
// landing recap, an E.81 Renja evaluation, a T-C.27 Renstra funding table, an LKjIP measurement with
// NTN / NTPi / AKI, a PK 2025 with its Renstra, an IKU matrix). `writeFormsBlind157(dir)` writes them
// with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { rekapTpiMinahasa } from "./tpi";
import { e81DkpKeiBesar } from "./evaluasi";
import { ikuDkpNusaTabukan, tc27DkpMinahasa } from "./renstra";
import { lkjipDkpSeram, pkDkpKeiBesar } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND157_BOOKS: Array<() => BookW> = [
  rekapTpiMinahasa,
  e81DkpKeiBesar,
  tc27DkpMinahasa,
  lkjipDkpSeram,
  pkDkpKeiBesar,
  ikuDkpNusaTabukan,
];

export function buildBlind157(): BookW[] {
  return BLIND157_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind157(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind157());
}

export { expectedJson };
