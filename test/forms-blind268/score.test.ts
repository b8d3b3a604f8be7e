// The checker on the six workbooks of test/forms-blind268 (the Dinas PUPR Bina Marga on roads in steady condition, bridges, routine maintenance per UPTD; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of aa4772a): tables 8/8, roles 88/89, planted mistakes 11/12 (an E.81 capaian s.d. measured against 'Target Renstra PD Tahun 2026', not read as the end-period target), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind268 } from "./build";

scoreFormSet(
  "the two-hundred-and-sixty-eighth form set (test/forms-blind268)",
  writeFormsBlind268,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-2025-2029-pupr-pasir-mandala.xlsx T-C.27 Bina Marga column Q",
  ],
);
