// The 148th set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// Satpol PP dan Damkar of kabupaten in DI Yogyakarta and Kalimantan Barat on perda enforcement,
// trantibum and fire response time (a per-kapanewon fire incident recap, a T-C.27 of the Bidang Damkar,
// a PK with its Renstra targets, an E.81 Renja evaluation, an LKjIP measurement table, an IKU matrix).
// `writeFormsBlind148(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { pkDamkarKapuasHilir, rekapKebakaranProgoWetan, tc27DamkarMenoreh } from "./damkar";
import { e81SatpolSekadau, ikuSatpolMelawi, lkjipSatpolGunungSewu } from "./satpolpp";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND148_BOOKS: Array<() => BookW> = [
  rekapKebakaranProgoWetan,
  tc27DamkarMenoreh,
  pkDamkarKapuasHilir,
  e81SatpolSekadau,
  lkjipSatpolGunungSewu,
  ikuSatpolMelawi,
];

export function buildBlind148(): BookW[] {
  return BLIND148_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind148(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind148());
}

export { expectedJson };
