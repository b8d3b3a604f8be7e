// The checker on the six workbooks of test/forms-blind178 (a Dinas Kesehatan on penyakit tidak menular and SPM: skrining, hipertensi, DM, ODGJ, posbindu, Jawa Timur and Kalimantan Barat; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of be1abbd): tables 8/8, roles 84/84, planted mistakes 12/12, no false alarm, two other warnings (an E.81 program and kegiatan that name an indicator with no target at all). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind178 } from "./build";

scoreFormSet(
  "the hundred-and-seventy-eighth form set (test/forms-blind178)",
  writeFormsBlind178,
  { books: 6, tables: 8, findings: 12 },
  [
    // true of the sheet as written: the E.81's program and kegiatan name an indicator with no K at
    // all, beside sub kegiatan with targets (as 154's F14)
    "e81-renja-ptm-dinkes-wonosari-wetan-b178.xlsx E.81 Dinkes 2024!F11",
    "e81-renja-ptm-dinkes-wonosari-wetan-b178.xlsx E.81 Dinkes 2024!F12",
  ],
  [],
);
