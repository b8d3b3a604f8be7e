// A fifty-sixth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: kota offices of Kepulauan Bangka Belitung and Jambi (Satpol PP, Dinas Perpustakaan,
// Inspektorat, Sekretariat DPRD): an LKjIP table with capaian and predikat (bands in a note), a
// recap of audit findings follow-up per OPD, a monthly library loan recap per collection type, a
// DPA summary per sub kegiatan, a Renstra T-C.27 in thousands of rupiah, and a PK Perubahan of the
// Sekretaris DPRD with its Renstra sheet.
// `writeFormsBlind56(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { lkjipSatpolTanjungRuai, pkPerubahanSetwanRantauIkil } from "./kinerja";
import { rekapPinjamMendanau, rekapTlhpSekernan } from "./layanan";
import { dpaPerpusSekernan, tc27InspektoratTanjungRuai } from "./anggaran";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND56_BOOKS: Array<() => BookW> = [
  lkjipSatpolTanjungRuai,
  rekapTlhpSekernan,
  rekapPinjamMendanau,
  dpaPerpusSekernan,
  tc27InspektoratTanjungRuai,
  pkPerubahanSetwanRantauIkil,
];

export function buildBlind56(): BookW[] {
  return BLIND56_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind56(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind56());
}

export { expectedJson };
