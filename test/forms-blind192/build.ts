// The hundred-and-ninety-second set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Satuan Polisi Pamong Praja of a Bali kabupaten (Nusa Segara) and of two Maluku
// kabupaten (Lease Raya, Banda Nira) on ketenteraman, ketertiban umum and penegakan Perda (an E.81
// evaluation of the Renja 2024, a T-C.27 of the Renstra 2025-2029 in thousands of rupiah with ordinal
// years, an LKjIP 2024, a PK 2025 with its Renstra, an IKU matrix, a recap per kecamatan).
// `writeFormsBlind192(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81SatpolNusaSegara, tc27SatpolLeaseRaya } from "./anggaran";
import { ikuSatpolLeaseRaya, lkjipSatpolNusaSegara, pkSatpolBandaNira } from "./kinerja";
import { rekapPerdaNusaSegara } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND192_BOOKS: Array<() => BookW> = [
  e81SatpolNusaSegara,
  tc27SatpolLeaseRaya,
  lkjipSatpolNusaSegara,
  pkSatpolBandaNira,
  ikuSatpolLeaseRaya,
  rekapPerdaNusaSegara,
];

export function buildBlind192(): BookW[] {
  return BLIND192_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind192(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind192());
}

export { expectedJson };
