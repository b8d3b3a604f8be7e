// A sixty-sixth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: provincial public-works and housing offices of Sumatera Selatan and Bengkulu. The Dinas
// Pekerjaan Umum dan Penataan Ruang of Provinsi Sumatera Selatan (road condition per ruas with a recap per
// kabupaten, an LKjIP 2024 with km levels against the Renstra 2024-2026, a contract progress report of
// Triwulan III), the DPUPR of Provinsi Bengkulu (road condition per kabupaten in km and %) and the Dinas
// Perumahan dan Kawasan Permukiman of Provinsi Bengkulu (a T-C.29 review of the Renstra 2021-2026, a
// contract progress recap with termin I .. III per source of funds), in other offices, wordings and layouts
// than the earlier sets. `writeFormsBlind66(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { kondisiKabupatenBengkulu, kondisiRuasSumsel } from "./jalan";
import { lkjipSumsel, reviewRenstraBengkulu } from "./kinerja";
import { progresPaketPerkimBengkulu, progresPaketSumsel } from "./kontrak";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND66_BOOKS: Array<() => BookW> = [
  kondisiRuasSumsel,
  kondisiKabupatenBengkulu,
  lkjipSumsel,
  reviewRenstraBengkulu,
  progresPaketSumsel,
  progresPaketPerkimBengkulu,
];

export function buildBlind66(): BookW[] {
  return BLIND66_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind66(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind66());
}

export { expectedJson };
