// The checker on the six workbooks of test/forms-blind135 (health offices on the SPM, immunisation and stunting, Jawa Barat and Maluku; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 3a42f84): tables 8/8, roles 70/73, planted mistakes 11/12, no false alarm. A regression test of what the engine does, the
// misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind135 } from "./build";

scoreFormSet(
  "the hundred-and-thirty-fifth form set (test/forms-blind135)",
  writeFormsBlind135,
  { books: 6, tables: 8, findings: 12 },
  [],
  [],
);
