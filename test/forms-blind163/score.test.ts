// The checker on the six workbooks of test/forms-blind163 (an ESDM office and a Badan Kesbangpol: rasio elektrifikasi, PJU-TS, IUP, air tanah, ormas, Kalimantan Tengah and Sumatera Barat; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of becb922): tables 9/10, roles 97/100, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind163 } from "./build";

scoreFormSet(
  "the hundred-and-sixty-third form set (test/forms-blind163)",
  writeFormsBlind163,
  { books: 6, tables: 10, findings: 12 },
  [],
  [
    // disputed, left: "% Aktif" = active / (registered to 2023 + new in 2024) is a share of a
    // computed whole, which the engine leaves without a role (forms-blind43's convention); the set
    // reads it as a capaian
    "rekap-serapan-ormas-kesbangpol-kalteng.xlsx Rekap 2024 column M",
  ],
);
