// The ninety-ninth set of unseen standard-form workbooks, written in code with the kit of test/forms:
// the Dinas Perumahan dan Kawasan Permukiman of Provinsi Sumatera Selatan and Provinsi Gorontalo
// (rumah tidak layak huni, kawasan kumuh, akses air minum dan sanitasi layak, PSU perumahan): an
// E.81 Renja evaluation, a T-C.27 Renstra 2025-2029, a PK 2025 beside the Renstra 2024-2026, an
// LKjIP 2024 with a Polaritas column, a recap of RTLH handled per kabupaten / kota and a recap of
// air minum / sanitasi access beside the bantuan keuangan PSU. `writeFormsBlind99(dir)` writes them
// with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81PerkimSumsel } from "./evaluasi";
import { pkPerkimSumsel, tc27PerkimGorontalo } from "./rencana";
import { lkjipPerkimGorontalo } from "./kinerja";
import { aksesAmsanGorontalo, rtlhPerKabSumsel } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND99_BOOKS: Array<() => BookW> = [
  e81PerkimSumsel,
  tc27PerkimGorontalo,
  pkPerkimSumsel,
  lkjipPerkimGorontalo,
  rtlhPerKabSumsel,
  aksesAmsanGorontalo,
];

export function buildBlind99(): BookW[] {
  return BLIND99_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind99(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind99());
}

export { expectedJson };
