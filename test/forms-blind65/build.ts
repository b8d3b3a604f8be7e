// A sixty-fifth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: kabupaten offices of Jawa Barat (Priangan) and Banten. The Bappeda of Kabupaten
// Sukalarang (an E.79 evaluation of the RKPD 2024 per urusan / bidang urusan / program, Rp in ribuan),
// the Bappelitbangda of Kabupaten Panimbang (a Perjanjian Kinerja 2025 with triwulan targets and the
// Renstra targets), and the BPKAD of both (a realisation of the APBD 2024 per OPD, and an LKjIP 2024
// with the BPK opinion and days-based indicators), in other offices, wordings and layouts than the
// earlier sets. `writeFormsBlind65(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e79Sukalarang, pkPanimbang } from "./bappeda";
import { realisasiPanimbang, realisasiSukalarang } from "./bpkad";
import { lkjipPanimbang, lkjipSukalarang } from "./lkjip";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND65_BOOKS: Array<() => BookW> = [
  e79Sukalarang,
  pkPanimbang,
  realisasiSukalarang,
  realisasiPanimbang,
  lkjipSukalarang,
  lkjipPanimbang,
];

export function buildBlind65(): BookW[] {
  return BLIND65_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind65(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind65());
}

export { expectedJson };
