// The 344th set of unseen standard-form workbooks, written in code with the kit of test/forms: the Dinas
// Pendidikan of Kabupaten Lembah Seruni (Nusa Tenggara Barat) and Kota Tanjung Parigi (Sulawesi Tengah) on
// APK and APM SD/SMP, angka putus sekolah, sekolah terakreditasi, guru bersertifikat pendidik and rata-rata
// lama sekolah. `writeFormsBlind344(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Pendidikan, lkjipPendidikan, tc27Pendidikan } from "./evaluasi";
import { pkPendidikan, rekapGuruAkreditasi, rekapPutusSekolah } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND344_BOOKS: Array<() => BookW> = [
  e81Pendidikan,
  tc27Pendidikan,
  lkjipPendidikan,
  pkPendidikan,
  rekapPutusSekolah,
  rekapGuruAkreditasi,
];

export function buildBlind344(): BookW[] {
  return BLIND344_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind344(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind344());
}

export { expectedJson };
