// A sixty-ninth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: kota offices of Jambi and Bengkulu. The Sekretariat DPRD of Kota Sungai Lingkar (a
// Renja 2025 with prakiraan maju, an LKjIP 2024 with 'Persentase Raperda yang ditetapkan menjadi
// Perda' and lower-is-better day indicators) and of Kota Padang Serai (a monthly recap of DPRD
// activities 2024, the Perjanjian Kinerja 2025 of the Sekretaris DPRD beside the Renstra), and the
// Bagian Perencanaan dan Keuangan Setda of both (an E.80 evaluation of the Renstra 2019-2024, a
// realisasi fisik dan keuangan Triwulan IV 2024). `writeFormsBlind69(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { rekapKegiatanDprdPadangSerai, renjaSetwanSungaiLingkar } from "./setwan";
import { lkjipSetwanSungaiLingkar, pkSekwanPadangSerai } from "./kinerja";
import { e80SetdaSungaiLingkar, realisasiTw4PadangSerai } from "./keuangan";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND69_BOOKS: Array<() => BookW> = [
  renjaSetwanSungaiLingkar,
  rekapKegiatanDprdPadangSerai,
  lkjipSetwanSungaiLingkar,
  pkSekwanPadangSerai,
  e80SetdaSungaiLingkar,
  realisasiTw4PadangSerai,
];

export function buildBlind69(): BookW[] {
  return BLIND69_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind69(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind69());
}

export { expectedJson };
