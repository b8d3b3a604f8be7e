// The checker on the six workbooks of test/forms-blind20 (a kabupaten's small offices; written
// without reading src/). First score, before the detector saw them (commit 451abb5): tables 8/8,
// roles 60/71, planted mistakes 11/14, 4 false alarms and 22 other findings (production columns
// headed "Kin." read as money, a JUMLAH over lettered lines counted twice, a lone "%" beside a
// revenue realisation, "Target Akhir Renstra" of a plan, an Inspektorat note's list of negative
// indicators beaten by a one-word guess). Fixed since (the yearless growth beside 2024 and 2023
// takes the newer year since stop 13): now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind20 } from "./build";

scoreFormSet("the twenty-second form set (test/forms-blind20)", writeFormsBlind20, {
  books: 6,
  tables: 8,
  findings: 14,
});
