// A fifty-third set of unseen standard-form workbooks: the Dinas Perhubungan, the Dinas Pertanian
// (tanaman pangan dan hortikultura) and the BPBD of the invented Kabupaten Sebakung (Kalimantan
// Utara) and Kabupaten Wairatu (Maluku): an LKjIP capaian table 2024, an E.81 Renja evaluation at
// triwulan III, a harvest recap per kecamatan per komoditas with Sub Total per wilayah, an LRA of
// belanja per jenis, a Renstra target table with text targets and the rencana aksi of a Perjanjian
// Kinerja with targets per triwulan. `writeFormsBlind53(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { lraBelanjaBpbdWairatu, renstraBpbdWairatu } from "./bencana";
import { e81DishubSebakungTw3 } from "./perhubungan";
import { lkjipPertanianSebakung, rekapPanenWairatu, rencanaAksiPkDistanWairatu } from "./pertanian";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND53_BOOKS: Array<() => BookW> = [
  lkjipPertanianSebakung,
  e81DishubSebakungTw3,
  rekapPanenWairatu,
  lraBelanjaBpbdWairatu,
  renstraBpbdWairatu,
  rencanaAksiPkDistanWairatu,
];

export function buildBlind53(): BookW[] {
  return BLIND53_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind53(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind53());
}

export { expectedJson };
