// The 339th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Tenaga Kerja (Kabupaten Lembah Sarimbun, Sumatera Barat; Kota Teluk Rangkas, Sulawesi Tengah) on
// tingkat pengangguran terbuka, penempatan tenaga kerja, pelatihan BLK, perselisihan hubungan industrial
// and pengawasan K3. `writeFormsBlind339(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Disnaker, tc27Disnaker } from "./renja";
import { lkjipDisnaker, pkDisnaker } from "./kinerja";
import { rekapPenempatan, rekapPhiK3 } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND339_BOOKS: Array<() => BookW> = [
  e81Disnaker,
  tc27Disnaker,
  lkjipDisnaker,
  pkDisnaker,
  rekapPenempatan,
  rekapPhiK3,
];

export function buildBlind339(): BookW[] {
  return BLIND339_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind339(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind339());
}

export { expectedJson };
