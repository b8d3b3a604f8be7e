// The checker on the six workbooks of test/forms-blind74 (procurement and development-administration sections of two kabupaten Setda of
// Jawa Tengah and Sumatera Utara; written without reading src/ or the commit subjects). First score, before the detector saw them (engine of
// 99cdc8c): tables 9/9, roles 47/47, planted mistakes 12/12, no false alarm: the bar met on first sight. Now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind74 } from "./build";

scoreFormSet("the seventy-fourth form set (test/forms-blind74)", writeFormsBlind74, {
  books: 6,
  tables: 9,
  findings: 12,
});
