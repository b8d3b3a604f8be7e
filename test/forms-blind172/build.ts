// The hundred-and-seventy-second set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Lingkungan Hidup of kabupaten in Sumatera Selatan and Sulawesi Tengah (IKLH, IKA,
// IKU, IKTL, pengawasan ketaatan PPLH, pengaduan lingkungan, limbah B3 fasyankes): a per-river water
// quality table, a sector recap (pengaduan per triwulan beside the limbah B3 fasyankes), a T-C.27, a PK
// with its Renstra, an E.81 evaluation with K | Rp pairs, an LKjIP measurement table.
// `writeFormsBlind172(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { pantauSungaiLematang, rekapPengaduanB3Poso } from "./pantau";
import { pkRenstraDlhOkt, tc27DlhTojo } from "./renstra";
import { e81DlhBanyuasin, lkjipDlhLoreTampo } from "./evaluasi";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND172_BOOKS: Array<() => BookW> = [
  pantauSungaiLematang,
  rekapPengaduanB3Poso,
  tc27DlhTojo,
  pkRenstraDlhOkt,
  e81DlhBanyuasin,
  lkjipDlhLoreTampo,
];

export function buildBlind172(): BookW[] {
  return BLIND172_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind172(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind172());
}

export { expectedJson };
