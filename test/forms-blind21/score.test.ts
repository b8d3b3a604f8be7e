// The checker on the six workbooks of test/forms-blind21 (a Bappeda's RKPD cycle in Maluku Utara;
// written without reading src/). First score, before the detector saw them (commit 82c95f3):
// tables 8/8, roles 73/80, planted mistakes 12/13, 5 false alarms (capaian the notes cap at 120 %,
// the Renstra's final condition against the Renja's target, "Kesesuaian (%)", a DPA recap by
// funding source). Fixed since: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind21 } from "./build";

scoreFormSet("the twenty-third form set (test/forms-blind21)", writeFormsBlind21, {
  books: 6,
  tables: 8,
  findings: 13,
});
