// A seventy-sixth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: the procurement and development-administration offices of a Setda (Bagian Pengadaan
// Barang dan Jasa / UKPBJ and Bagian Administrasi Pembangunan) in Jawa Tengah and Sumatera Utara: a
// recap of tender results per OPD with efisiensi, a TEPRA monitoring of physical and financial
// realisation per OPD with a pagu-weighted kabupaten total, a recap per metode pemilihan over the
// cumulative quarterly realisation, an LKjIP with a Sifat column and the lower-is-better 'Persentase
// paket tender yang gagal', a Perjanjian Kinerja with anggaran per program beside the Renstra, and a
// Renja with Kepmendagri codes. `writeFormsBlind74(dir)` writes them with their expected.json (the
// format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { metodeWonorejo, rekapTenderKaliprogo, tepraTanahMarbun } from "./pengadaan";
import { lkjipLabuhanSiantar, pkKarangsambung } from "./kinerja";
import { renjaSipirokJulu } from "./renja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND74_BOOKS: Array<() => BookW> = [
  rekapTenderKaliprogo,
  tepraTanahMarbun,
  metodeWonorejo,
  lkjipLabuhanSiantar,
  pkKarangsambung,
  renjaSipirokJulu,
];

export function buildBlind74(): BookW[] {
  return BLIND74_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind74(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind74());
}

export { expectedJson };
