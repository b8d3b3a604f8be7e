// A twenty-third set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: Sulawesi and Bali kota offices (a Dinas Pariwisata's LKjIP with visitors, a flow, and
// length of stay, a level, against targets and last year; a BPBD's Renstra T-C.27 with kegiatan
// subtotals and a Lokasi column; a Dinas Perhubungan's E.81 whose fourth quarter column holds the
// cumulative 's.d. TW IV' realisation; a Dinas Koperasi's PK with its Rencana Aksi sheet; an RKPD
// T-C.33-like table of pagu indikatif and prakiraan maju per program under merged year headings;
// a Sekretariat Daerah's IKU table with qualitative targets), in other offices, wordings and
// layouts than the earlier sets. `writeFormsBlind23(dir)` writes them with their expected.json
// (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { lkjipDispar } from "./pariwisata";
import { tc27Bpbd } from "./renstra";
import { e81Dishub } from "./evaluasi";
import { pkDiskop } from "./pk";
import { rkpdBappeda } from "./rkpd";
import { ikuSetda } from "./iku";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND23_BOOKS: Array<() => BookW> = [
  lkjipDispar,
  tc27Bpbd,
  e81Dishub,
  pkDiskop,
  rkpdBappeda,
  ikuSetda,
];

export function buildBlind23(): BookW[] {
  return BLIND23_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind23(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind23());
}

export { expectedJson };
