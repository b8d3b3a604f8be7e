// The checker on the six workbooks of test/forms-blind9 (budget and programme forms, written without
// reading src/). Not scored yet: the counts below are the set's own, and no knock-on error or known
// gap is listed.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind9 } from "./build";

scoreFormSet(
  "the eleventh form set (test/forms-blind9)",
  writeFormsBlind9,
  { books: 6, tables: 7, findings: 12 },
  [],
  [],
);
