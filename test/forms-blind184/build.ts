// The hundred-eighty-fourth set of unseen standard-form workbooks, written in code with the kit of test/forms:
// pengembangan kompetensi ASN at the BPSDM Provinsi Kalimantan Timur and the BKPSDM of a Kalimantan Timur
// and a Bali kabupaten (an LKjIP with the indeks profesionalitas ASN and 20 JP, a PK with the Renstra BPSDM
// 2025-2029, an IKU matrix 2021-2026, a T-C.27 with K | Rp pairs in thousands, an E.81 evaluasi Renja 2024
// with quarters, a rekap pelatihan per jenis with kelulusan, serapan and biaya per peserta).
// `writeFormsBlind184(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { ikuBkpsdmGiriAmerta, lkjipBpsdmKaltim, pkBpsdmKaltim } from "./kinerja";
import { e81GiriAmerta, rekapPelatihanMahakamHilir, tc27GiriAmerta } from "./anggaran";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND184_BOOKS: Array<() => BookW> = [
  lkjipBpsdmKaltim,
  pkBpsdmKaltim,
  ikuBkpsdmGiriAmerta,
  tc27GiriAmerta,
  e81GiriAmerta,
  rekapPelatihanMahakamHilir,
];

export function buildBlind184(): BookW[] {
  return BLIND184_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind184(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind184());
}

export { expectedJson };
