// The checker on the six workbooks of test/forms-blind265 (the DP3A on violence cases handled by the UPTD PPA, PUSPAGA, dispensasi kawin and KLA; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of aa4772a): tables 8/8, roles 81/83, planted mistakes 11/12 (an E.81 footer's 'Tinggi' over an average of 74,99 printed 75, accepted within half a printed unit), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind265 } from "./build";

scoreFormSet(
  "the two-hundred-and-sixty-fifth form set (test/forms-blind265)",
  writeFormsBlind265,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // recap conventions, left: cases reported and families counselled, the base of a share handled, read as a target (the set: realised)
    "rekap-kasus-uptd-ppa-per-kecamatan-watu-lanang.xlsx Rekap Kasus 2024 column E",
    "puspaga-dispensasi-kawin-triwulan-sungai-karang.xlsx PUSPAGA 2024 column F",
  ],
);
