// A forty-sixth set of unseen standard-form workbooks: the housing-and-settlement and fire offices
// of Kota Tanjung Sengata (Kalimantan Timur) and Kota Wolio Raya (Sulawesi Tenggara): a Renstra
// target table 2025-2029 (a flow and two rates, one lower-is-better), the IKU matrix of a Dinas
// Pemadam Kebakaran with 'Alasan' and 'Formulasi' and a response time in minutes, an E.80 Renstra
// evaluation with 'Realisasi Capaian Kinerja dan Anggaran Renstra PD s.d. Renja Tahun Lalu', a
// fire-incident recap per kecamatan per month with the losses in rupiah, a realisation report per
// sub kegiatan with kontrak and SP2D, and a T-C.33-like RKPD plan with pagu indikatif and prakiraan
// maju. `writeFormsBlind46(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { ikuDamkarWolioRaya, renstraPerkimTanjungSengata } from "./renstra";
import { e80PerkimWolioRaya, realisasiSubKegiatanDamkar } from "./evaluasi";
import { rekapKebakaranWolioRaya, rkpdPerkimTanjungSengata } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND46_BOOKS: Array<() => BookW> = [
  renstraPerkimTanjungSengata,
  ikuDamkarWolioRaya,
  e80PerkimWolioRaya,
  rekapKebakaranWolioRaya,
  realisasiSubKegiatanDamkar,
  rkpdPerkimTanjungSengata,
];

export function buildBlind46(): BookW[] {
  return BLIND46_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind46(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind46());
}

export { expectedJson };
