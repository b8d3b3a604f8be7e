// The checker on the six workbooks of test/forms-blind10. Not scored yet: the set was written without
// reading src/, and its first score is to be taken before the detector sees it.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind10 } from "./build";

scoreFormSet(
  "the twelfth form set (test/forms-blind10)",
  writeFormsBlind10,
  { books: 6, tables: 9, findings: 12 },
  [],
  [],
);
