// The hundred-and-seventieth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Badan Pendapatan Daerah of two provinces (Jawa Timur and Kalimantan Barat) with their
// UPT Samsat (PKB / BBNKB recap per UPT, PKB per quarter with tunggakan, an E.81 of the Renja, the
// T-C.27 of the Renstra 2025-2029, an LKjIP with the realisasi per jenis pajak beside it, a PK with the
// Renstra targets). `writeFormsBlind170(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { pkbTriwulanKalbar, rekapPkbBbnkbJatim } from "./samsat";
import { e81BapendaKalbar } from "./evaluasi";
import { pkBapendaJatim, tc27BapendaJatim } from "./renstra";
import { lkjipBapendaKalbar } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND170_BOOKS: Array<() => BookW> = [
  rekapPkbBbnkbJatim,
  pkbTriwulanKalbar,
  e81BapendaKalbar,
  tc27BapendaJatim,
  lkjipBapendaKalbar,
  pkBapendaJatim,
];

export function buildBlind170(): BookW[] {
  return BLIND170_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind170(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind170());
}

export { expectedJson };
