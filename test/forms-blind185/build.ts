// The hundred-eighty-seventh set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the UPTD Puskesmas as BLUD and its Dinas Kesehatan in Jawa Tengah and Sulawesi Tenggara
// (pendapatan BLUD per puskesmas, a rekap dana kapitasi JKN, an LKjIP with akreditasi / PKP / SPM
// indicators, a PK with the Renstra Dinkes 2025-2029 targets, a T-C.27 with K | Rp pairs and an E.81
// Renja evaluation). `writeFormsBlind185(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { kapitasiLaiwoiSelatan, pendapatanBludMojowangi } from "./blud";
import { lkjipDinkesKonaweLaut, pkDinkesWonosegoro } from "./kinerja";
import { e81DinkesSidomukti, tc27DinkesMekongga } from "./renja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND185_BOOKS: Array<() => BookW> = [
  pendapatanBludMojowangi,
  kapitasiLaiwoiSelatan,
  lkjipDinkesKonaweLaut,
  pkDinkesWonosegoro,
  tc27DinkesMekongga,
  e81DinkesSidomukti,
];

export function buildBlind185(): BookW[] {
  return BLIND185_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind185(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind185());
}

export { expectedJson };
