// The thirtieth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: kabupaten offices of Kalimantan Barat and Jambi keeping older Excel habits (headers
// wrapped in merged cells with line breaks, column numbers as letters or roman numerals, a pagu
// pasted as text with thousands dots, percentages typed as text, a stale cached formula result):
// an RKPD recap by urusan / bidang / program, a Renstra T-C.27 split over two sheets, a kecamatan's
// LKjIP, an IKU table with Tahun Dasar and Target Akhir 2029 beside its PK, a DAK Fisik realisation
// report and a Dana Kelurahan report. `writeFormsBlind30(dir)` writes them with their expected.json
// (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { rkpdRekap } from "./rkpd";
import { renstraDuaLembar } from "./renstra";
import { ikuTargetAkhir, lkjipKecamatan } from "./kinerja";
import { dakFisik, danaKelurahan } from "./anggaran";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND30_BOOKS: Array<() => BookW> = [
  rkpdRekap,
  renstraDuaLembar,
  lkjipKecamatan,
  ikuTargetAkhir,
  dakFisik,
  danaKelurahan,
];

export function buildBlind30(): BookW[] {
  return BLIND30_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind30(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind30());
}

export { expectedJson };
