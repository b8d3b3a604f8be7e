// A fifty-fourth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: provincial offices of Gorontalo and Papua (Dinas Sosial, Dinas Pemberdayaan Perempuan
// dan Perlindungan Anak, Biro Pemerintahan): an IKU matrix 2025-2029 with lower-is-better
// indicators, a recap of PKH and BPNT recipients per kabupaten per tahap, a T-C.29 Renstra review, a
// Perjanjian Kinerja with its programme table, an SPM sosial recap with a RATA-RATA row, and an
// LKjIP sheet quoting the Renstra sheet's targets by formula.
// `writeFormsBlind54(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { ikuDp3aPapua, lkjipRenstraDp3aGorontalo } from "./iku";
import { rekapPkhBpntPapua, spmSosialGorontalo } from "./bansos";
import { pkDinsosPapua, tc29BiroPemGorontalo } from "./renstra";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND54_BOOKS: Array<() => BookW> = [
  ikuDp3aPapua,
  rekapPkhBpntPapua,
  tc29BiroPemGorontalo,
  pkDinsosPapua,
  spmSosialGorontalo,
  lkjipRenstraDp3aGorontalo,
];

export function buildBlind54(): BookW[] {
  return BLIND54_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind54(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind54());
}

export { expectedJson };
