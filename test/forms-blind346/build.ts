// The 346th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// invented Dinas Perdagangan (Kabupaten Lembah Sirih, Sulawesi Tengah; Kota Muara Peladang, Bengkulu) on
// harga bahan pokok, pasar rakyat direvitalisasi, tera ulang UTTP, retribusi pasar per los dan kios and
// ekspor UMKM. `writeFormsBlind346(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Perdagangan, tc27Perdagangan } from "./renja";
import { lkjipPerdagangan, pkPerdagangan } from "./kinerja";
import { rekapHarga, rekapRetribusi } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND346_BOOKS: Array<() => BookW> = [
  e81Perdagangan,
  tc27Perdagangan,
  lkjipPerdagangan,
  pkPerdagangan,
  rekapRetribusi,
  rekapHarga,
];

export function buildBlind346(): BookW[] {
  return BLIND346_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind346(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind346());
}

export { expectedJson };
