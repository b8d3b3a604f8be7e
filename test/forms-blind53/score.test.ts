// The checker on the six workbooks of test/forms-blind53 (agriculture, transport and disaster offices of Kalimantan Utara and Maluku; written without
// reading src/). First score, before the detector saw them (engine of 6b63b90): tables 7/7, roles 68/69, planted mistakes 8/11, no false alarm, 12 other
// findings (quarter targets written "TW-I" read as the year's and compared with the Renstra: errors a planner would not trust). Fixed since: now a
// regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind53 } from "./build";

scoreFormSet("the fifty-third form set (test/forms-blind53)", writeFormsBlind53, {
  books: 6,
  tables: 7,
  findings: 11,
});
