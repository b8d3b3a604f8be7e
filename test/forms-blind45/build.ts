// A forty-fifth set of unseen standard-form workbooks: the health and family-planning offices of
// kabupaten in Sumatera Selatan and Bangka Belitung: an LKjIP of the Dinas Kesehatan with indicators
// per program (maternal mortality and stunting lower-is-better), a monthly KB participant report per
// kecamatan (new participants a flow, active participants a stock), a Renja T-C.31 of the Dinas
// Kesehatan in ribuan rupiah, the Perjanjian Kinerja of the head of the Dinas PPKB with its budget
// per program, a puskesmas SPM recap (12 services) and a BLUD puskesmas report per triwulan.
// `writeFormsBlind45(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { lkjipDinkesOganLematang, pkKadisPpkbBelitungSelatan } from "./kinerja";
import { pesertaKbBangkaPesisir, spmKesehatanMusiRawasHilir } from "./layanan";
import { bludPuskesmasBangkaPesisir, renjaDinkesMusiRawasHilir } from "./anggaran";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND45_BOOKS: Array<() => BookW> = [
  lkjipDinkesOganLematang,
  pesertaKbBangkaPesisir,
  renjaDinkesMusiRawasHilir,
  pkKadisPpkbBelitungSelatan,
  spmKesehatanMusiRawasHilir,
  bludPuskesmasBangkaPesisir,
];

export function buildBlind45(): BookW[] {
  return BLIND45_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind45(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind45());
}

export { expectedJson };
