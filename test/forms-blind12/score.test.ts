// The checker on the six workbooks of test/forms-blind12 (written without reading src/). Not scored
// yet: the counts below are the set's own; the first score goes here when the checker has seen it.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind12 } from "./build";

scoreFormSet(
  "the fourteenth form set (test/forms-blind12)",
  writeFormsBlind12,
  { books: 6, tables: 9, findings: 12 },
  [],
  [],
);
