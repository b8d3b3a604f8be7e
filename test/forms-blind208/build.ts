// The set forms-blind208 of unseen standard-form workbooks, written in code with the kit of test/forms:
// the Bagian Umum / Rumah Tangga of a Sekretariat Daerah in Kalimantan Selatan (Kabupaten Batang Alai
// Raya) and Sumatera Barat (Kota Padang Sikumbang): kendaraan dinas, rumah jabatan, perjalanan dinas
// (SPPD) and belanja jasa kantor (listrik, air, telepon). `writeFormsBlind208(dir)` writes them with
// their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { jasaKantorPadangSikumbang, sppdBatangAlai } from "./belanja";
import { lkjipUmumBatangAlai, pkUmumPadangSikumbang } from "./kinerja";
import { e81UmumPadangSikumbang, tc27UmumBatangAlai } from "./rencana";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND208_BOOKS: Array<() => BookW> = [
  sppdBatangAlai,
  jasaKantorPadangSikumbang,
  lkjipUmumBatangAlai,
  pkUmumPadangSikumbang,
  tc27UmumBatangAlai,
  e81UmumPadangSikumbang,
];

export function buildBlind208(): BookW[] {
  return BLIND208_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind208(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind208());
}

export { expectedJson };
