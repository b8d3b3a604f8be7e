// The checker on the six workbooks of test/forms-blind. First score, before the detector saw
// them: tables 7/7, roles 74/79, planted mistakes 8/12, 2 false alarms (one of them a labelling
// slip in the set), 25 other errors and warnings. Fixed on them since: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind } from "./build";

scoreFormSet(
  "the third form set (test/forms-blind)",
  writeFormsBlind,
  { books: 6, tables: 7, findings: 12 },
  [
    // U15's wrong quarter sum was copied into the typed s.d. Y15; the program total Y14 was not
    "e81-kecamatan-wanareja.xlsx Evaluasi Renja TW IV!Y14",
  ],
);
