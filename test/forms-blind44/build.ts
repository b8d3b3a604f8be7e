// A forty-fourth set of unseen standard-form workbooks: the marine-fisheries and estate-crop offices
// of Provinsi Sulawesi Utara and Provinsi Gorontalo: capture-fisheries production per commodity per
// kabupaten in tons (a JUMLAH row and column), the planted area of kelapa dalam per kabupaten over
// five years (a stock, never added over years), a quarterly indicator report with the nilai tukar
// nelayan (a level whose year is the mean of its quarters), the E.81 evaluation of the DKP's Renja
// with K / Rp per triwulan and 'Realisasi s.d. Triwulan IV', the Governor's PK with the RPJMD
// 2025-2029 targets on a second sheet, and a recap of fishing-gear aid per kabupaten (units x unit
// price). `writeFormsBlind44(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { luasArealKelapaGorontalo, produksiTangkapSulut } from "./produksi";
import { capaianTriwulanNtnSulut, pkGubernurGorontalo } from "./kinerja";
import { bantuanAlatTangkapGorontalo, e81DkpSulut } from "./evaluasi";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND44_BOOKS: Array<() => BookW> = [
  produksiTangkapSulut,
  luasArealKelapaGorontalo,
  capaianTriwulanNtnSulut,
  e81DkpSulut,
  pkGubernurGorontalo,
  bantuanAlatTangkapGorontalo,
];

export function buildBlind44(): BookW[] {
  return BLIND44_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind44(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind44());
}

export { expectedJson };
