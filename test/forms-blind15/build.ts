// A seventeenth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms, on performance accountability: an LKjIP Pengukuran Kinerja with IFERROR capaian and the
// five Permendagri levels (Dinas Sumber Daya Air dan Bina Marga), a row-wise "Uraian: Target /
// Realisasi / Capaian (%)" comparison 2022-2024 with the PAD realisation beside it (Badan Pengelolaan
// Pendapatan Daerah), a three-year LKjIP comparison against the Renstra end target with the rasio
// convention for lower-is-better indicators (Dinas Kesehatan, PPKB), a PK with its Rencana Aksi per
// quarter and the Renstra targets (Dinas Kelautan dan Perikanan), an IKU decree annex (BKPSDM), two
// Renstra target tables on one sheet (Dinas Kebersihan dan Pertamanan) and the Indikator Kinerja
// Daerah of a kabupaten's RPJMD, in other offices, wordings and layouts than test/forms,
// test/forms-unseen, test/forms-blind and test/forms-blind2 .. test/forms-blind13.
// `writeFormsBlind15(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { pengukuranDsda, tigaTahunDinkes, uraianBppd } from "./lkjip";
import { pkRencanaAksi } from "./aksi";
import { ikuKeputusanBkpsdm } from "./iku";
import { ikdRancamaya, renstraDisbertam } from "./renstra";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND15_BOOKS: Array<() => BookW> = [
  pengukuranDsda,
  uraianBppd,
  pkRencanaAksi,
  ikuKeputusanBkpsdm,
  tigaTahunDinkes,
  renstraDisbertam,
  ikdRancamaya,
];

export function buildBlind15(): BookW[] {
  return BLIND15_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind15(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind15());
}

export { expectedJson };
