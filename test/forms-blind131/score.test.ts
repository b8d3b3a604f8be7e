// The checker on the six workbooks of test/forms-blind131 (environment offices on waste, waste banks and air quality, Bali and Kalimantan Timur; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 591fe85): tables 8/8, roles 88/89, planted mistakes 12/12, no false alarm. A regression test of what the engine does, the
// misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind131 } from "./build";

scoreFormSet(
  "the hundred-and-thirty-first form set (test/forms-blind131)",
  writeFormsBlind131,
  { books: 6, tables: 8, findings: 12 },
  [],
  [],
);
