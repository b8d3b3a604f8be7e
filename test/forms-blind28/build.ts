// The twenty-eighth set of unseen standard-form workbooks (issue 9): kota and kabupaten offices of
// Sumatera Barat and Riau, with workbooks of several sheets: a Renstra T-C.27 in thousands of
// rupiah, an E.81 with faktor columns between the numbers, a DPA whose Ringkasan links to its
// Rincian, an LKjIP with IFERROR / ROUND / refleksi, a Dinas Sosial SPM report and a Renja with
// prakiraan maju. `writeFormsBlind28(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { renjaPertanian, renstraPupr } from "./renstra";
import { e81Dinkes } from "./evaluasi";
import { dpaDishub } from "./anggaran";
import { lkjipDlh, spmDinsos } from "./lkjip";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND28_BOOKS: Array<() => BookW> = [
  renstraPupr,
  e81Dinkes,
  dpaDishub,
  lkjipDlh,
  spmDinsos,
  renjaPertanian,
];

export function buildBlind28(): BookW[] {
  return BLIND28_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind28(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind28());
}

export { expectedJson };
