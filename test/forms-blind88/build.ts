// The eighty-eighth set of unseen standard-form workbooks, written in code with the kit of test/forms:
// the Dinas Perindustrian and the Dinas Komunikasi, Informatika dan Statistik of Provinsi Jawa Tengah
// and of a kota in Maluku Utara (a rekap of IKM binaan per kecamatan with sentra, tenaga kerja, nilai
// produksi and halal certification; a T-C.27-like Renstra 2025-2029; an LKjIP 2024 with refleksi for
// lower-is-better indicators; an E.81-like evaluation with the Indeks SPBE, OPD terkoneksi and
// datasets published per quarter; a PK 2025 beside the Renstra it quotes; an IKU matrix with
// qualitative targets). `writeFormsBlind88(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { rekapIkmGamkonora } from "./ikm";
import { lkjipPerindustrianJateng, renstraPerindustrianJateng } from "./perindustrian";
import { e81DiskominfoGamkonora } from "./evaluasi";
import { ikuDiskominfoGamkonora, pkDiskominfoJateng } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND88_BOOKS: Array<() => BookW> = [
  rekapIkmGamkonora,
  renstraPerindustrianJateng,
  lkjipPerindustrianJateng,
  e81DiskominfoGamkonora,
  pkDiskominfoJateng,
  ikuDiskominfoGamkonora,
];

export function buildBlind88(): BookW[] {
  return BLIND88_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind88(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind88());
}

export { expectedJson };
