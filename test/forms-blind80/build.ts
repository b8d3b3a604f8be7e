// The eightieth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: the Bappeda of kabupaten in Bali and Sulawesi Selatan preparing the LPPD and the RPJMD
// review (an Indikator Kinerja Daerah matrix of the RPJMD with its 2024 evaluation, an IKD trend with
// poverty per kecamatan, two LPPD Indikator Kinerja Kunci tables with their rumus as text, a
// cascading table of tujuan / sasaran / program / kegiatan with pagu, and an LKjIP summary with
// predikat), in other offices, wordings and layouts than the earlier sets. `writeFormsBlind80(dir)`
// writes them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { ikdBatuLappa, ikdTukadAyung } from "./ikd";
import { ikkBontoLempangan, ikkBukitJambul } from "./ikk";
import { cascadingSawangSaripa, lkjipDanuBatur } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND80_BOOKS: Array<() => BookW> = [
  ikdTukadAyung,
  ikdBatuLappa,
  ikkBukitJambul,
  ikkBontoLempangan,
  cascadingSawangSaripa,
  lkjipDanuBatur,
];

export function buildBlind80(): BookW[] {
  return BLIND80_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind80(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind80());
}

export { expectedJson };
