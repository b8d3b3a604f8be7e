// The hundred-and-eighth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Inspektorat Daerah of the Provinsi Sulawesi Utara and of a kabupaten in Jambi
// (status of the tindak lanjut of BPK recommendations per perangkat daerah, monthly handling of
// pengaduan masyarakat, an E.81 of the Renja 2024, a T-C.27 of the Renstra 2025-2029, an LKjIP with
// nilai SAKIP / maturitas SPIP / kapabilitas APIP, a PK 2025 beside the Renstra 2022-2026).
// `writeFormsBlind108(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { pengaduanTembesi, rekapTlBpkSulut } from "./rekap";
import { e81InspektoratTembesi } from "./evaluasi";
import { renstraInspektoratSulut } from "./renstra";
import { lkjipInspektoratSulut, pkInspektoratTembesi } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND108_BOOKS: Array<() => BookW> = [
  rekapTlBpkSulut,
  pengaduanTembesi,
  e81InspektoratTembesi,
  renstraInspektoratSulut,
  lkjipInspektoratSulut,
  pkInspektoratTembesi,
];

export function buildBlind108(): BookW[] {
  return BLIND108_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind108(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind108());
}

export { expectedJson };
