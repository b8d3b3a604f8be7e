// The checker on the six workbooks of test/forms-blind145 (youth, sport and tourism offices, Kalimantan Tengah and Sulawesi Tenggara; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 19f832a): tables 9/9, roles 89/90, planted mistakes 12/12, no false alarm. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind145 } from "./build";

scoreFormSet(
  "the hundred-and-forty-fifth form set (test/forms-blind145)",
  writeFormsBlind145,
  { books: 6, tables: 9, findings: 12 },
  [],
  [],
);
