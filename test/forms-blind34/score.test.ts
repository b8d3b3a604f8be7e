// The checker on the six workbooks of test/forms-blind34 (Jawa Timur and Kalimantan Selatan exports
// from e-SAKIP and SIPD-RI; written without reading src/). First score, before the detector saw
// them (commit c6181a3): tables 7/7, roles 43/44, planted mistakes 8/12, no false alarm and 1
// other finding (codes split over five columns read by the urusan's; a plan's year without a
// title; a total two other mistakes explain; a fatality rate per 100.000 read as a flow and its
// dip as a trend; a cumulative "s.d. Bulan > Des" not the year's own). Fixed since: now a
// regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind34 } from "./build";

scoreFormSet("the thirty-sixth form set (test/forms-blind34)", writeFormsBlind34, {
  books: 6,
  tables: 7,
  findings: 12,
});
