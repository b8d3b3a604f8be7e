// The set forms-blind175 of unseen standard-form workbooks, written in code with the kit of test/forms:
// the Dinas Ketenagakerjaan / Disnakertrans of Banten and Kalimantan Timur regions (a monthly AK1 and
// lowongan recap, a perselisihan hubungan industrial recap with the PP / PKB register, an LKjIP, a PK
// with its Renstra targets, a T-C.27 of program Hubungan Industrial, an E.81 of program Pengawasan
// Ketenagakerjaan). `writeFormsBlind175(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { perselisihanKutai, rekapAk1Cibaliung } from "./rekap";
import { lkjipDisnakerCikande, pkDisnakertransMahakam } from "./kinerja";
import { e81PengawasanKaltim, tc27UjungKulon } from "./rencana";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND175_BOOKS: Array<() => BookW> = [
  rekapAk1Cibaliung,
  perselisihanKutai,
  lkjipDisnakerCikande,
  pkDisnakertransMahakam,
  tc27UjungKulon,
  e81PengawasanKaltim,
];

export function buildBlind175(): BookW[] {
  return BLIND175_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind175(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind175());
}

export { expectedJson };
