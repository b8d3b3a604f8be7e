// The seventy-sixth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: the kabupaten Dinas Pemberdayaan Masyarakat dan Desa of Nusa Tenggara Timur and
// Kalimantan Tengah (a recap of the APBDes per desa, a recap of the BUMDes per kecamatan, an Indeks
// Desa Membangun status recap with its five-year trend, an LKjIP with 'Persentase desa tertinggal'
// lower is better, a Renja with codes 2.13, and a Perjanjian Kinerja beside the Renstra), in other
// offices, wordings and layouts than the earlier sets. `writeFormsBlind76(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { apbdesWololele, bumdesSebangauHulu } from "./anggaran";
import { idmAmanubanRaya, lkjipKapuasHilir } from "./idm";
import { pkMentayaTengah, renjaMbelilingRaya } from "./renja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND76_BOOKS: Array<() => BookW> = [
  apbdesWololele,
  bumdesSebangauHulu,
  idmAmanubanRaya,
  lkjipKapuasHilir,
  renjaMbelilingRaya,
  pkMentayaTengah,
];

export function buildBlind76(): BookW[] {
  return BLIND76_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind76(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind76());
}

export { expectedJson };
