// The checker on the six workbooks of test/forms-blind283 (the Dinas Perindustrian on IKM: sentra IKM, sertifikasi SNI and halal, nilai produksi, tenaga kerja IKM and kawasan industri; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 1bccaf0): tables 8/8, roles 86/88, planted mistakes 11/12 (a typed 'Realisasi s.d. TW IV' among quarter sums not held to them: a percentage row's '=G13' counted against the column's formula), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind283 } from "./build";

scoreFormSet(
  "the two-hundred-and-eighty-third form set (test/forms-blind283)",
  writeFormsBlind283,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-pendanaan-disperin-kota-tanjung-batuah.xlsx T-C.27 Disperin column Q",
    // recap conventions, left: IKM per sentra, a ratio of two counts, as realised (the set: nothing)
    "rekap-sentra-ikm-per-kecamatan-lembah-serayu-timur.xlsx Sentra IKM 2024 column E",
  ],
);
