// The checker on the six workbooks of test/forms-blind281 (the Dinas Perikanan on perikanan tangkap: production per alat tangkap, kartu KUSUKA, asuransi nelayan, BBM subsidi and kapal perikanan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 1bccaf0): tables 8/8, roles 84/87, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind281 } from "./build";

scoreFormSet(
  "the two-hundred-and-eighty-first form set (test/forms-blind281)",
  writeFormsBlind281,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "renstra-2025-2029-tc27-perikanan-tangkap-tanjung-lamara.xlsx TC-27 Perikanan column R",
    // recap conventions, left: the boats per gear as realised (the set: nothing); the fishers of a kecamatan, the base of the KUSUKA share, as a target (the set: nothing)
    "produksi-per-alat-tangkap-triwulan-2024-teluk-wadaso.xlsx Produksi Alat Tangkap column C",
    "kusuka-bbm-subsidi-asuransi-per-kecamatan-tanjung-lamara.xlsx Rekap Kecamatan 2024 column B",
  ],
);
