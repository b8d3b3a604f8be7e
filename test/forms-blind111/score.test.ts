// The checker on the six workbooks of test/forms-blind111 (the Dinas Koperasi dan UKM of Provinsi Sulawesi Tenggara and a
// kabupaten in Papua Barat; written without reading src/ or the commit subjects). First score, before the detector saw them
// (engine of 563ffef): tables 8/8, roles 87/88, planted mistakes 11/12, no false alarm. Fixed after: a ratio of the number row
// whose numerator the same row makes a part of its denominator ("(5) = (4)/(3) x 100" beside "(6) = (3) - (4)") cannot pass
// 100 % (176,19 % active cooperatives found). A regression test of what the engine does, the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind111 } from "./build";

scoreFormSet(
  "the hundred-and-eleventh form set (test/forms-blind111)",
  writeFormsBlind111,
  { books: 6, tables: 8, findings: 12 },
  [],
  [],
);
