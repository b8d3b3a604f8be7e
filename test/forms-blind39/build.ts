// A thirty-ninth set of unseen standard-form workbooks: kota offices of Sumatera Utara and Kepulauan
// Riau for trade, cooperatives / SMEs and tourism: an LKjIP table comparing 2022 .. 2024 with the
// Renstra end target, an IKU of a Dinas Pariwisata (visits and PAD accumulated, length of stay and
// occupancy as levels), an E.80 Renstra evaluation s.d. the running year, a market-retribution report
// per market and month, a DPA recap with the Anggaran Kas per triwulan and a recap of cooperatives
// per kecamatan. `writeFormsBlind39(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { ikuWisataTanjungSerai, lkjipDisdagSiborongan } from "./lkjip";
import { e80DinkopLabuhanMarbau } from "./renstra";
import { anggaranKasDisparTanjungSerai, retribusiPasarTelukSenggarang } from "./anggaran";
import { rekapKoperasiLabuhanMarbau } from "./koperasi";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND39_BOOKS: Array<() => BookW> = [
  lkjipDisdagSiborongan,
  ikuWisataTanjungSerai,
  e80DinkopLabuhanMarbau,
  retribusiPasarTelukSenggarang,
  anggaranKasDisparTanjungSerai,
  rekapKoperasiLabuhanMarbau,
];

export function buildBlind39(): BookW[] {
  return BLIND39_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind39(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind39());
}

export { expectedJson };
