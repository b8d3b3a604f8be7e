// The checker on the six workbooks of test/forms-blind127 (hospital and health offices of Aceh and Gorontalo; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 6825bd7): tables 9/9, roles 96/97, planted mistakes 12/12, no false alarm. A regression test of what the engine does, the
// misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind127 } from "./build";

scoreFormSet(
  "the hundred-and-twenty-seventh form set (test/forms-blind127)",
  writeFormsBlind127,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // gap: the accredited health centres beside the BOK recap keep no role (the set: realisation)
    "rekap-bok-puskesmas-dinkes-prov-gorontalo-2024.xlsx Rekap BOK 2024 column M",
  ],
);
