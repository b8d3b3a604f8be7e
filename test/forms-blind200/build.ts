// The two-hundredth set of unseen standard-form workbooks, written in code with the kit of test/forms:
// the Dinas Pendidikan of Nusa Tenggara Barat and Sulawesi Tengah on SLB and pendidikan khusus /
// layanan khusus (an E.81 with K | Rp pairs, a T-C.27 with ordinal years, a recap per kabupaten /
// kota, an LKjIP, a PK with its Renstra, an IKU matrix). `writeFormsBlind200(dir)` writes them with
// their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81SlbNtb, tc27SlbSulteng } from "./evaluasi";
import { rekapSlbSulteng } from "./rekap";
import { ikuSlbNtb, lkjipSlbNtb, pkSlbSulteng } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND200_BOOKS: Array<() => BookW> = [
  e81SlbNtb,
  tc27SlbSulteng,
  rekapSlbSulteng,
  lkjipSlbNtb,
  pkSlbSulteng,
  ikuSlbNtb,
];

export function buildBlind200(): BookW[] {
  return BLIND200_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind200(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind200());
}

export { expectedJson };
