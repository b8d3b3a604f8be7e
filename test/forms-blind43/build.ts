// A forty-third set of unseen standard-form workbooks: transport and tourism offices of Kota Segara
// Lila (Bali) and Kota Pancor Sari (Nusa Tenggara Barat): an LKjIP table of the Dinas Perhubungan at
// Triwulan III, a monthly parking-retribution report per zone, a monthly count of uji KIR (lulus /
// tidak lulus / jumlah), a T-C.30 review of the Rancangan Awal RKPD with codes and pagu indikatif, a
// Renstra funding table with Pagu Murni / Pagu Perubahan per year, and a Dinas Pariwisata table of
// visitors per attraction. `writeFormsBlind43(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { lkjipTw3SegaraLila, parkirZonaPancorSari, ujiKirSegaraLila } from "./perhubungan";
import { renstraPaguPancorSari, tc30DishubSegaraLila } from "./perencanaan";
import { kunjunganDtwPancorSari } from "./pariwisata";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND43_BOOKS: Array<() => BookW> = [
  lkjipTw3SegaraLila,
  parkirZonaPancorSari,
  ujiKirSegaraLila,
  tc30DishubSegaraLila,
  renstraPaguPancorSari,
  kunjunganDtwPancorSari,
];

export function buildBlind43(): BookW[] {
  return BLIND43_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind43(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind43());
}

export { expectedJson };
