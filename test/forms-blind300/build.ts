// The 300th set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// DP3AP2KB Kabupaten Pasir Meraung (Jambi) and the DP3A Kota Rawa Kemuning (Kalimantan Barat) on
// keluarga berencana (mCPR, unmet need, peserta KB aktif), kekerasan terhadap perempuan dan anak,
// KLA, PUG and the audit kasus stunting. `writeFormsBlind300(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81KbPasirMeraung, tc27PugRawaKemuning } from "./evaluasi";
import { lkjipKbPasirMeraung, pkDp3aRawaKemuning, rekapKbKecamatan, rekapPpaKla } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND300_BOOKS: Array<() => BookW> = [
  e81KbPasirMeraung,
  tc27PugRawaKemuning,
  lkjipKbPasirMeraung,
  pkDp3aRawaKemuning,
  rekapKbKecamatan,
  rekapPpaKla,
];

export function buildBlind300(): BookW[] {
  return BLIND300_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind300(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind300());
}

export { expectedJson };
