// The checker on the six workbooks of test/forms-blind256 (the Dinas Kesehatan on PTM: posbindu, hypertension and diabetes screening, elderly care; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 65a75e1): tables 8/8, roles 84/85, planted mistakes 11/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind256 } from "./build";

scoreFormSet(
  "the two-hundred-and-fifty-sixth form set (test/forms-blind256)",
  writeFormsBlind256,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-ptm-dinkes-tanjung-sembilang.xlsx T-C.27 Dinkes column Q",
  ],
);
