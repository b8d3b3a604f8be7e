// A thirteenth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: Renstra and RPJMD tables (T-C.23 pencapaian kinerja pelayanan, T-C.24 anggaran dan
// realisasi pendanaan, T-C.25 tujuan/sasaran/strategi/kebijakan with its targets, T-C.26 aligned to
// the RPJMD, the RPJMD's indikator kinerja daerah, a Renstra Perubahan) in other offices, wordings
// and layouts than test/forms, test/forms-unseen, test/forms-blind and test/forms-blind2 ..
// test/forms-blind10. `writeFormsBlind11(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json). Not scored yet.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { tc23Dinsos, tc24Dishub } from "./pelayanan";
import { perubahanDinkes, tc25Dpmptsp, tc26Pupr } from "./renstra";
import { ikdBapperida } from "./rpjmd";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND11_BOOKS: Array<() => BookW> = [
  tc23Dinsos,
  tc24Dishub,
  tc25Dpmptsp,
  tc26Pupr,
  ikdBapperida,
  perubahanDinkes,
];

export function buildBlind11(): BookW[] {
  return BLIND11_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind11(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind11());
}

export { expectedJson };
