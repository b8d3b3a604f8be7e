// The checker on the six workbooks of test/forms-blind14 (the Renja and its evaluation; written
// without reading src/). First score, before the detector saw them (commit 9e446e3): tables 8/8,
// roles 124/148, planted mistakes 11/13, 1 false alarm (a program's s.d. Rp that follows a
// kegiatan's wrong formula), 12 other findings (typed levels among quarter sums, percentages
// summed under unmerged group headings). Fixed on them since: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind14 } from "./build";

scoreFormSet(
  "the sixteenth form set (test/forms-blind14)",
  writeFormsBlind14,
  { books: 6, tables: 8, findings: 13 },
  [],
  [],
);
