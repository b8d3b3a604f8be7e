// The hundred-and-ninetieth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Badan Pengelolaan Keuangan dan Aset Daerah on barang milik daerah in Kalimantan
// Selatan and a Nusa Tenggara Timur kota (a rekap mutasi KIB A-F, the PAD of pemanfaatan BMD per
// objek and quarter, an LKjIP with the temuan BPK and selisih rekonsiliasi lower is better, a PK with
// its Renstra BPKAD 2025-2029, an E.81 evaluasi Renja with K | Rp pairs, a T-C.27 of the Renstra).
// `writeFormsBlind190(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { pemanfaatanBmdNangalewa, rekapKibTanahBumbu } from "./aset";
import { lkjipBpkadTapin, pkBpkadNangalewa } from "./kinerja";
import { e81BpkadBalangan, tc27BpkadKalsel } from "./evaluasi";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND190_BOOKS: Array<() => BookW> = [
  rekapKibTanahBumbu,
  pemanfaatanBmdNangalewa,
  lkjipBpkadTapin,
  pkBpkadNangalewa,
  e81BpkadBalangan,
  tc27BpkadKalsel,
];

export function buildBlind190(): BookW[] {
  return BLIND190_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind190(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind190());
}

export { expectedJson };
