// The checker on the six workbooks of test/forms-blind148 (a Satpol PP dan Damkar: fires, response time and public order, DI Yogyakarta and Kalimantan Barat; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 19f832a): tables 8/8, roles 88/91, planted mistakes 11/12, no false alarm. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind148 } from "./build";

scoreFormSet(
  "the hundred-and-forty-eighth form set (test/forms-blind148)",
  writeFormsBlind148,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left: an average response time per place reads as no role (the set: realisation)
    "rekap-kejadian-kebakaran-per-kapanewon-progo-wetan.xlsx Rekap Kebakaran 2024 column G",
    // left: fires handled within 15 minutes above the fires counted (108 %): "Kejadian ≤ 15 menit" against the
    // "Jumlah" of "Jumlah Kejadian Kebakaran" is not read as part of a whole
    "rekap-kejadian-kebakaran-per-kapanewon-progo-wetan.xlsx Rekap Kebakaran 2024!I15",
  ],
);
