// The two-hundred-and-fifth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Sosial of two invented kabupaten (Mutis Timur in Nusa Tenggara Timur, Tojo Lembah
// in Sulawesi Tengah) on DTKS / DTSEN verifikasi-validasi, PKH, bansos sembako / BPNT and fakir miskin
// (an E.81 Renja evaluation, a T-C.27 Renstra table, an IKU matrix, an LKjIP measurement table, a PK
// with its Renstra, a bansos recap per kecamatan). `writeFormsBlind205(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81DinsosMutis } from "./evaluasi";
import { ikuDinsosTojo, tc27DinsosTojo } from "./renstra";
import { lkjipDinsosMutis, pkDinsosMutis } from "./kinerja";
import { rekapBansosTojo } from "./bansos";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND205_BOOKS: Array<() => BookW> = [
  e81DinsosMutis,
  tc27DinsosTojo,
  ikuDinsosTojo,
  lkjipDinsosMutis,
  pkDinsosMutis,
  rekapBansosTojo,
];

export function buildBlind205(): BookW[] {
  return BLIND205_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind205(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind205());
}

export { expectedJson };
