// The thirty-first set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: a Bappeda's own documents in NTB and Sulawesi Tenggara (an RPJMD 'Indikator Kinerja
// Daerah' table, an E.79-style evaluation of the RPJMD against its end targets, a cascading table
// tujuan > sasaran > indikator merged down the rows, a Rencana Aksi with monthly targets and a
// quarterly spending plan, a recap of the SAKIP evaluation of every Perangkat Daerah, an RKPD
// 'Program Prioritas' table with pagu per OPD, prakiraan maju and a recap per OPD), in other offices,
// wordings and layouts than the earlier sets. `writeFormsBlind31(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { cascadingLasolo, evaluasiRpjmdKonawePesisir, ikdTamboraRaya } from "./rpjmd";
import { rekapSakipMekongga, rencanaAksiSelaparang } from "./aksi";
import { rkpdPrioritasRinjani } from "./rkpd";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND31_BOOKS: Array<() => BookW> = [
  ikdTamboraRaya,
  evaluasiRpjmdKonawePesisir,
  cascadingLasolo,
  rencanaAksiSelaparang,
  rekapSakipMekongga,
  rkpdPrioritasRinjani,
];

export function buildBlind31(): BookW[] {
  return BLIND31_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind31(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind31());
}

export { expectedJson };
