// The hundred-and-sixth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Pemadam Kebakaran dan Penyelamatan of a kota in Sumatera Utara (Tanjung Deli)
// and of two kabupaten in Sulawesi Tengah (Tojo Lalundu, Bungku Lalong): an E.81-like evaluasi Renja,
// a T-C.27-like Renstra, an LKjIP with waktu tanggap, a PK beside its Renstra, a rekap kejadian
// kebakaran per kecamatan and a rekap penyelamatan non kebakaran with the kesiapan armada.
// `writeFormsBlind106(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Damkar, tc27Damkar } from "./evaluasi";
import { lkjipDamkar, pkDamkar } from "./kinerja";
import { nonKebakaranArmada, rekapKejadian } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND106_BOOKS: Array<() => BookW> = [
  e81Damkar,
  tc27Damkar,
  lkjipDamkar,
  pkDamkar,
  rekapKejadian,
  nonKebakaranArmada,
];

export function buildBlind106(): BookW[] {
  return BLIND106_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind106(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind106());
}

export { expectedJson };
