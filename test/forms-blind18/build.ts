// An eighteenth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: a second mix of forms from other regions (Papua, Nusa Tenggara, Kalimantan wording and
// layouts): an E.79 RKPD evaluation of a Bapperida, a Renja T-C.31-like plan with prakiraan maju, a
// row-wise LKjIP table, a T-C.29 recap of Renja and Renstra, a budget absorption report by program
// with quarters, and a Perjanjian Kinerja Perubahan with its Renstra targets, in other offices,
// wordings and layouts than test/forms, test/forms-unseen, test/forms-blind and test/forms-blind2 ..
// test/forms-blind16. `writeFormsBlind18(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e79Sowari, tc29Lewotanah } from "./evaluasi";
import { renjaSumba } from "./renja";
import { barisRiamPinang } from "./lkjip";
import { serapanSebuku } from "./anggaran";
import { pkYawaOnate } from "./pk";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND18_BOOKS: Array<() => BookW> = [
  e79Sowari,
  renjaSumba,
  barisRiamPinang,
  tc29Lewotanah,
  serapanSebuku,
  pkYawaOnate,
];

export function buildBlind18(): BookW[] {
  return BLIND18_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind18(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind18());
}

export { expectedJson };
