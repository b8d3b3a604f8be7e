// A seventeenth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: the mix a Bappeda receives in one week from the offices of one Kabupaten (Gunungtalang):
// a Kecamatan's LKjIP measurement with its budget per program under it, a Dinas Perikanan's E.81 with
// the four quarters in K and Rp, a Dinas Perdagangan's T-C.27 in millions, a Sekretariat DPRD's IKU
// matrix, a Satpol PP's Perjanjian Kinerja beside its Renstra ("Tahun ke-1" .. "Tahun ke-5") and a
// Dinas Perhubungan's budget realisation by sub kegiatan with its retribution revenue, in other
// offices, wordings and layouts than test/forms, test/forms-unseen, test/forms-blind and
// test/forms-blind2 .. test/forms-blind16. `writeFormsBlind17(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { pengukuranKecamatan } from "./lkjip";
import { e81Perikanan } from "./evaluasi";
import { tc27Perdagangan } from "./renstra";
import { ikuSetwan } from "./iku";
import { pkSatpolpp } from "./pk";
import { realisasiDishub } from "./anggaran";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND17_BOOKS: Array<() => BookW> = [
  pengukuranKecamatan,
  e81Perikanan,
  tc27Perdagangan,
  ikuSetwan,
  pkSatpolpp,
  realisasiDishub,
];

export function buildBlind17(): BookW[] {
  return BLIND17_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind17(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind17());
}

export { expectedJson };
