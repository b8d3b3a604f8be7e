// The set of unseen standard-form workbooks forms-blind154, written in code with the kit of test/forms:
// the Dinas Pemberdayaan Masyarakat dan Desa in Sulawesi Tenggara and Jawa Timur (Dana Desa tahap I-III
// per desa, ADD beside the BUMDes recap, the T-C.27 of the Renstra DPMD, an E.81 of the Renja, an LKjIP on
// the IDM status, a PK with its Renstra). `writeFormsBlind154(dir)` writes them with their expected.json
// (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { addBumdesJatim, danaDesaSultra } from "./desa";
import { e81Jatim, tc27Sultra } from "./rencana";
import { lkjipSultra, pkJatim } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND154_BOOKS: Array<() => BookW> = [
  danaDesaSultra,
  addBumdesJatim,
  tc27Sultra,
  e81Jatim,
  lkjipSultra,
  pkJatim,
];

export function buildBlind154(): BookW[] {
  return BLIND154_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind154(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind154());
}

export { expectedJson };
