// The checker on the six workbooks of test/forms-blind4. First score, before the detector saw
// them: tables 8/8, roles 68/78, planted mistakes 7/12, 5 false alarms (an IKM row read on the
// SAKIP letter scale), 8 other warnings (growth rates beside Rp read as lost thousands). Fixed on
// them since: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind4 } from "./build";

scoreFormSet("the sixth form set (test/forms-blind4)", writeFormsBlind4, {
  books: 6,
  tables: 8,
  findings: 12,
});
