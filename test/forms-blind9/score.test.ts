// The checker on the six workbooks of test/forms-blind9 (written without reading src/). First
// score, before the detector saw them (commit ed745a0, with the fixes of forms-blind8): tables
// 6/7, roles 46/62, planted mistakes 10/12, no false alarm (7 unlisted warnings: a monthly
// report's % read as a performance capaian). Fixed on them since: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind9 } from "./build";

scoreFormSet(
  "the eleventh form set (test/forms-blind9)",
  writeFormsBlind9,
  { books: 6, tables: 7, findings: 12 },
  [],
  [],
);
