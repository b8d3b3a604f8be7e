// The eighty-sixth set of unseen standard-form workbooks (test/forms-blind86), written in code with the
// kit of test/forms: penataan ruang and pertanahan of Provinsi Jambi and of two kota in Kalimantan
// Selatan (an E.81 of the Renja 2024 of the Dinas PUPR Provinsi Jambi, a T-C.27 Renstra 2025-2029 of a
// kota's Dinas Perkim, Pertanahan dan Penataan Ruang, a T-C.30-like Renja 2025, a PK 2025 beside its IKU
// matrix, an LKjIP 2024 with polaritas and realisasi anggaran, a recap of land-asset certification per
// Perangkat Daerah and of KKPR per kecamatan). `writeFormsBlind86(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81TataRuangJambi } from "./evaluasi";
import { tc27PertanahanKalsel, tc30RenjaJambi } from "./renstra";
import { lkjipTataRuangJambi, pkIkuPertanahanKalsel } from "./kinerja";
import { rekapSertifikasiKKPR } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND86_BOOKS: Array<() => BookW> = [
  e81TataRuangJambi,
  tc27PertanahanKalsel,
  tc30RenjaJambi,
  pkIkuPertanahanKalsel,
  lkjipTataRuangJambi,
  rekapSertifikasiKKPR,
];

export function buildBlind86(): BookW[] {
  return BLIND86_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind86(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind86());
}

export { expectedJson };
