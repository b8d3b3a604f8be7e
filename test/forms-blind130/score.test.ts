// The checker on the six workbooks of test/forms-blind130 (a Sekretariat DPRD and a Bagian Organisasi on bureaucratic reform, SAKIP and SPIP; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 591fe85): tables 8/8, roles 87/89, planted mistakes 11/12, no false alarm. A regression test of what the engine does, the
// misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind130 } from "./build";

scoreFormSet(
  "the hundred-and-thirtieth form set (test/forms-blind130)",
  writeFormsBlind130,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // left: a recap's grade column takes no year from the title alone (the set: predikat 2024)
    "rekap-nilai-akip-spip-per-pd-weda-timur.xlsx Rekap AKIP 2024 column H",
  ],
);
