// The set forms-blind195 of unseen standard-form workbooks, written in code with the kit of test/forms:
// Dinas Kesehatan offices in Nusa Tenggara Barat and Sulawesi Tengah on imunisasi and jaminan kesehatan
// (UHC, premi PBI APBD, kepesertaan JKN): an E.81, a T-C.27, an IKU matrix, an LKjIP, a PK with its
// Renstra and a recap of kepesertaan JKN per kecamatan. `writeFormsBlind195(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81DinkesSumbawaTengah } from "./evaluasi";
import { ikuDinkesBanggaiTanjung, tc27DinkesTojo } from "./renstra";
import { lkjipDinkesSumbawaTengah, pkDinkesBanggaiTanjung } from "./kinerja";
import { rekapJknLombokRinjani } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND195_BOOKS: Array<() => BookW> = [
  e81DinkesSumbawaTengah,
  tc27DinkesTojo,
  ikuDinkesBanggaiTanjung,
  lkjipDinkesSumbawaTengah,
  pkDinkesBanggaiTanjung,
  rekapJknLombokRinjani,
];

export function buildBlind195(): BookW[] {
  return BLIND195_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind195(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind195());
}

export { expectedJson };
