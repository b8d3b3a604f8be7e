// The checker on the six workbooks of test/forms-blind277 (the DKP on aquaculture: production per commodity, benih distributed, pokdakan, CBIB and fish health; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 91aa6d5): tables 9/9, roles 88/93, planted mistakes 11/12 (a typed survival rate of 104,60 among '=100-K8' formulas, only an info), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind277 } from "./build";

scoreFormSet(
  "the two-hundred-and-seventy-seventh form set (test/forms-blind277)",
  writeFormsBlind277,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-dkp-budidaya-lore-ranu.xlsx Tabel 5.1 column Q",
    // recap conventions, left: fry stocked, fish dead, disease cases and the death rate read as target, realised and capaian (the set: nothing)
    "benih-kelangsungan-hidup-triwulan-lore-ranu.xlsx Rekap TW 2024 column H",
    "benih-kelangsungan-hidup-triwulan-lore-ranu.xlsx Rekap TW 2024 column I",
    "benih-kelangsungan-hidup-triwulan-lore-ranu.xlsx Rekap TW 2024 column J",
    "benih-kelangsungan-hidup-triwulan-lore-ranu.xlsx Rekap TW 2024 column K",
    // disputed, left: a typed survival rate of 104,60 where its column's =100-K10 gives 87 is named hardcoded-value (the set: percent-out-of-range or ratio-components-mismatch)
    "benih-kelangsungan-hidup-triwulan-lore-ranu.xlsx Rekap TW 2024!L10",
  ],
);
