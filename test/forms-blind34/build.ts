// The thirty-fourth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: kota offices of Jawa Timur and Kalimantan Selatan exporting from e-SAKIP and SIPD-RI (a
// flat SIPD export with the codes split across columns, an e-SAKIP 'Capaian IKU' with a Status column,
// a DPA summary by sumber dana, an LKjIP efisiensi table, a Renstra T-C.28 and a monthly cumulative
// realisasi fisik-keuangan). `writeFormsBlind34(dir)` writes them with their expected.json (the
// format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { dpaSumberDana, sipdFlat } from "./sipd";
import { esakipCapaian, lkjipEfisiensi } from "./sakip";
import { renstraTC28 } from "./renstra";
import { realisasiBulanan } from "./realisasi";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND34_BOOKS: Array<() => BookW> = [
  sipdFlat,
  dpaSumberDana,
  esakipCapaian,
  lkjipEfisiensi,
  renstraTC28,
  realisasiBulanan,
];

export function buildBlind34(): BookW[] {
  return BLIND34_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind34(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind34());
}

export { expectedJson };
