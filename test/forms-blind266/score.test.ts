// The checker on the six workbooks of test/forms-blind266 (the Dinas Perpustakaan dan Kearsipan on visits, collections, TGM, IPLM and pustaka keliling; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of aa4772a): tables 9/9, roles 90/93, planted mistakes 12/13 (an E.81 capaian s.d. measured against 'Target Renstra PD Tahun 2026', not read as the end-period target), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind266 } from "./build";

scoreFormSet(
  "the two-hundred-and-sixty-sixth form set (test/forms-blind266)",
  writeFormsBlind266,
  { books: 6, tables: 9, findings: 13 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-2025-2029-dispusip-rawa-sekar.xlsx Tabel 6.1 column S",
    // recap conventions, left: a mobile library's distance driven as nothing and its fuel cost as a budget (the set: realised, realised Rp)
    "pustaka-keliling-per-kecamatan-rawa-sekar.xlsx Pusling 2024 column M",
    "pustaka-keliling-per-kecamatan-rawa-sekar.xlsx Pusling 2024 column N",
  ],
);
