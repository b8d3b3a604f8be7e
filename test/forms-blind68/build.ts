// A sixty-eighth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: kabupaten offices of Kalimantan Selatan and Nusa Tenggara Timur. The Dinas Lingkungan
// Hidup of Kabupaten Haruyan Hulu (a monthly waste-tonnage recap 2024 with a yearly total and
// average) and of Kabupaten Lembor Timur (an E.81 with K and Rp per quarter), the Dinas PUPR of both
// (a Renstra 2025-2029 T-C.27 of the air minum sub urusan, a recap of Perumda house connections and
// coverage per kecamatan) and the Dinas Ketahanan Pangan of both (an LKjIP 2024 compared with the
// Renstra's 2026 targets, a Skor PPH table), in other offices, wordings and layouts than the earlier
// sets. `writeFormsBlind68(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81DlhLembor, rekapSampahHaruyan } from "./dlh";
import { rekapSrHaruyan, renstraPuprLembor } from "./airminum";
import { lkjipPanganHaruyan, skorPphLembor } from "./pangan";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND68_BOOKS: Array<() => BookW> = [
  rekapSampahHaruyan,
  e81DlhLembor,
  renstraPuprLembor,
  rekapSrHaruyan,
  lkjipPanganHaruyan,
  skorPphLembor,
];

export function buildBlind68(): BookW[] {
  return BLIND68_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind68(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind68());
}

export { expectedJson };
