// The checker on the six workbooks of test/forms-blind282 (the Dinas Kesehatan on gizi masyarakat: balita gizi buruk ditangani, vitamin A, TTD remaja putri, PMT ibu hamil KEK and ASI eksklusif; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 1bccaf0): tables 9/9, roles 86/91 (a vitamin A coverage over its Sasaran added from bayi and balita read as nothing, and the Sasaran with it), planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind282 } from "./build";

scoreFormSet(
  "the two-hundred-and-eighty-second form set (test/forms-blind282)",
  writeFormsBlind282,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-gizi-dinkes-tanjung-pelita-2025-2029.xlsx T-C.27 Gizi column S",
  ],
);
