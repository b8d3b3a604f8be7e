// The checker on the six workbooks of test/forms-blind243 (a regional airport on passengers, cargo, pioneer flights and retribusi; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of e1cd520): tables 9/9, roles 83/86, planted mistakes 11/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind243 } from "./build";

scoreFormSet(
  "the two-hundred-and-forty-third form set (test/forms-blind243)",
  writeFormsBlind243,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-dishub-bandara-selaru-timur.xlsx T-C.27 column Q",
    // recap conventions, left: seats offered read as a target (the set: realised)
    "rekap-penumpang-load-factor-upbu-wamesa-jaya.xlsx Penumpang 2024 column C",
  ],
);
