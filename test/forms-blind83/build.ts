// The eighty-third set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: the Badan Pengelola Perbatasan Daerah (BPPD) of invented kabupaten in Kalimantan Utara
// and Nusa Tenggara Timur (two monthly / quarterly recaps of cross-border traffic at a PLBN, a recap
// of roads, bridges and border posts in the kecamatan perbatasan by condition, a row-wise LKjIP
// comparison 2022-2024, an IKU matrix 2025-2029 with the PK 2025, and a Renja 2025 with pagu per sub
// kegiatan), in other offices, wordings and layouts than the earlier sets. `writeFormsBlind83(dir)`
// writes them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { lintasHaumeniana, pelintasLabangNunuk } from "./perlintasan";
import { infrastrukturSimenggaris } from "./infrastruktur";
import { ikuBahauUlu, lkjipAmfoang } from "./kinerja";
import { renjaNanaet } from "./renja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND83_BOOKS: Array<() => BookW> = [
  pelintasLabangNunuk,
  lintasHaumeniana,
  infrastrukturSimenggaris,
  lkjipAmfoang,
  ikuBahauUlu,
  renjaNanaet,
];

export function buildBlind83(): BookW[] {
  return BLIND83_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind83(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind83());
}

export { expectedJson };
