// A fifty-second set of unseen standard-form workbooks: the Bapenda, the Dinas Pariwisata dan
// Kebudayaan and the Dinas Koperasi dan UMKM of the invented Kota Kedungsari (Jawa Timur) and Kota
// Tondangow (Sulawesi Utara): a monthly report of pajak daerah per jenis, the Perjanjian Kinerja
// Perubahan 2024 beside its Renstra, a Renstra T-C.27 funding table 2025-2029, a row-wise LKjIP table
// 2022-2024, an E.81 Renja evaluation with sub kegiatan and a recap of UMKM assisted per kecamatan
// per sector. `writeFormsBlind52(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { padBulananKedungsari, pkPerubahanBapendaKedungsari } from "./bapenda";
import { e81DiskopTondangow, rekapUmkmTondangow } from "./koperasi";
import { lkjipBarisDisparbudTondangow, tc27DisparbudKedungsari } from "./pariwisata";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND52_BOOKS: Array<() => BookW> = [
  padBulananKedungsari,
  pkPerubahanBapendaKedungsari,
  tc27DisparbudKedungsari,
  lkjipBarisDisparbudTondangow,
  e81DiskopTondangow,
  rekapUmkmTondangow,
];

export function buildBlind52(): BookW[] {
  return BLIND52_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind52(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind52());
}

export { expectedJson };
