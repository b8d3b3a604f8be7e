// A fifty-first set of unseen standard-form workbooks: the Dinas Pendidikan and Dinas Kesehatan of
// the provinces of Aceh and Nusa Tenggara Timur: an LKjIP table with APK / APM, rata-rata lama
// sekolah and angka kematian bayi, an SPM pendidikan recap per kabupaten, a Renja T-C.31 with K/Rp
// and lokasi, a Perjanjian Kinerja with its programme table, a BOS SMA/SMK realisation per school and
// an IKU matrix with Alasan / Formulasi / Sumber Data. `writeFormsBlind51(dir)` writes them with
// their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { bosKruengSeunong, spmPendidikanNtt } from "./pendidikan";
import { renjaDinkesAceh } from "./renja";
import { ikuDisdikbudNtt, lkjipDisdikAceh, pkDinkesNtt } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND51_BOOKS: Array<() => BookW> = [
  lkjipDisdikAceh,
  spmPendidikanNtt,
  renjaDinkesAceh,
  pkDinkesNtt,
  bosKruengSeunong,
  ikuDisdikbudNtt,
];

export function buildBlind51(): BookW[] {
  return BLIND51_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind51(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind51());
}

export { expectedJson };
