// A fifty-seventh set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: kabupaten offices of Nusa Tenggara Barat (Pulau Sumbawa) and Sulawesi Tenggara (Pulau
// Buton): Dinas Kelautan dan Perikanan and Dinas Lingkungan Hidup. An LKjIP IKU table with quarterly
// realisations, a Renja T-C.30 with pagu indikatif and prakiraan maju, a waste-bank recap per desa
// per month, an E.79 RPJMD evaluation excerpt, a PK of the kepala dinas with two tables on one sheet
// and its Renstra sheet, and a fishermen-insurance premium recap per kecamatan.
// `writeFormsBlind57(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e79DlhLasalimuRaya, lkjipPemkabBatuLanteh, pkKadisDkpBatuLanteh } from "./kinerja";
import { rekapAsuransiNelayanLasalimu, rekapBankSampahBatuLanteh } from "./layanan";
import { renjaTc30DkpLasalimu } from "./anggaran";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND57_BOOKS: Array<() => BookW> = [
  lkjipPemkabBatuLanteh,
  renjaTc30DkpLasalimu,
  rekapBankSampahBatuLanteh,
  e79DlhLasalimuRaya,
  pkKadisDkpBatuLanteh,
  rekapAsuransiNelayanLasalimu,
];

export function buildBlind57(): BookW[] {
  return BLIND57_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind57(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind57());
}

export { expectedJson };
