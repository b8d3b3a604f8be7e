// The hundred-and-thirty-ninth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Sosial on fakir miskin, PKH graduation, panti rehabilitation and DTKS updates
// per desa (Jawa Tengah and Kalimantan Utara): an E.81, a T-C.27, an LKjIP, a PK with its Renstra, an
// IKU matrix and a DTKS / PKH recap per desa. `writeFormsBlind139(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81DinsosBanyumerta, tc27DinsosSebukuHilir } from "./renja";
import {
  ikuDinsosWonoreja,
  lkjipDinsosKartasari,
  pkDinsosTanjungSesayap,
  rekapDtksDesaSebuku,
} from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND139_BOOKS: Array<() => BookW> = [
  e81DinsosBanyumerta,
  tc27DinsosSebukuHilir,
  lkjipDinsosKartasari,
  pkDinsosTanjungSesayap,
  ikuDinsosWonoreja,
  rekapDtksDesaSebuku,
];

export function buildBlind139(): BookW[] {
  return BLIND139_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind139(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind139());
}

export { expectedJson };
