// The checker on the six workbooks of test/forms-blind19 (a provincial set from Sumatra and
// Sulawesi; written without reading src/). First score, before the detector saw them (commit
// 451abb5): tables 8/8, roles 89/92, planted mistakes 10/12, 5 false alarms (a managed area's
// final condition the notes call the last target, an IKU's accumulated investment its formulasi
// states, typed copies of linked cells, a service for disaster victims read as negative). Fixed
// since (T-C.27's kondisi akhir Rp, once disputed, is read as the period's pagu since
// forms-blind28 called it so too): now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind19 } from "./build";

scoreFormSet("the twenty-first form set (test/forms-blind19)", writeFormsBlind19, {
  books: 6,
  tables: 8,
  findings: 12,
});
