// The checker on the six workbooks of test/forms-blind11 (Renstra and RPJMD tables, written
// without reading src/). Not scored yet: the counts below are the set's own; the knock and gap
// lists stay empty until a first score says otherwise.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind11 } from "./build";

scoreFormSet(
  "the thirteenth form set (test/forms-blind11)",
  writeFormsBlind11,
  { books: 6, tables: 8, findings: 12 },
  [],
  [],
);
