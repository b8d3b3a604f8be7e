// The hundred-and-nineteenth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: kecamatan offices of a kota in Jawa Timur (Tanjung Wilis) and a kabupaten in Kalimantan
// Selatan (Batang Amandit Raya): an E.81 Renja evaluation (PATEN, musrenbang), a T-C.27 Renstra in
// thousands, an IKU matrix, an LKjIP measurement table, a PK beside its Renstra, and a side-by-side
// sector recap (PBB-P2 per desa, posyandu aktif). `writeFormsBlind119(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81PatenWilis } from "./evaluasi";
import { ikuKratonWetan, tc27AmanditHulu } from "./renstra";
import { lkjipWilisSelatan, pkTelagaLangsat } from "./kinerja";
import { rekapPbbPosyandu } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND119_BOOKS: Array<() => BookW> = [
  e81PatenWilis,
  tc27AmanditHulu,
  ikuKratonWetan,
  lkjipWilisSelatan,
  pkTelagaLangsat,
  rekapPbbPosyandu,
];

export function buildBlind119(): BookW[] {
  return BLIND119_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind119(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind119());
}

export { expectedJson };
