// The checker on the six workbooks of test/forms-blind172 (a Dinas Lingkungan Hidup: IKLH, PPLH, pengaduan, limbah B3 fasyankes, river monitoring, Sumatera Selatan and Sulawesi Tengah; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of c27626b): tables 9/9, roles 77/79, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind172 } from "./build";

scoreFormSet(
  "the hundred-and-seventy-second form set (test/forms-blind172)",
  writeFormsBlind172,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: "Jenis Fasyankes" (hospital, puskesmas, clinic) names kinds, not places (the
    // set: a place)
    "rekap-pengaduan-limbah-b3-fasyankes-dlh-poso-pesisir.xlsx Rekap Sektoral 2024 column J",
  ],
);
