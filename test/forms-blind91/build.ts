// The ninety-first set of unseen standard-form workbooks, written in code with the kit of test/forms:
// the Dinas Pendidikan of Provinsi Sumatera Utara and Provinsi Nusa Tenggara Timur (SMA, SMK, SLB): an
// APK / APM recap per kabupaten, the rehabilitasi ruang kelas per cabang dinas, the BOSP per sekolah,
// an E.79-like evaluation, a PK beside the Renstra 2024-2026 and an LKjIP with predikat.
// `writeFormsBlind91(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { apkApmSumut } from "./partisipasi";
import { bospCabdinSumut, rehabRuangKelasNtt } from "./sarpras";
import { e79PendidikanNtt } from "./evaluasi";
import { lkjipNtt, pkRenstraSumut } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND91_BOOKS: Array<() => BookW> = [
  apkApmSumut,
  rehabRuangKelasNtt,
  bospCabdinSumut,
  e79PendidikanNtt,
  pkRenstraSumut,
  lkjipNtt,
];

export function buildBlind91(): BookW[] {
  return BLIND91_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind91(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind91());
}

export { expectedJson };
