// The checker on the six workbooks of test/forms-blind252 (the UPTD Tahura / kebun raya on visitors, collections, retribusi and patrols; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of b98acd3): tables 9/9, roles 81/84, planted mistakes 11/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind252 } from "./build";

scoreFormSet(
  "the two-hundred-and-fifty-second form set (test/forms-blind252)",
  writeFormsBlind252,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-kebun-raya-tahura-bukit-talang.xlsx T-C.27 Kebun Raya column R",
    // disputed, left: a retribusi's realisation in Rp read as money spent (the set: realised)
    "rekap-triwulan-pengunjung-retribusi-tahura-2024.xlsx Rekap TW 2024 column I",
  ],
);
