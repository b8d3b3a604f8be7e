// The checker on the six workbooks of test/forms-blind19 (a provincial set from Sumatra and
// Sulawesi; written without reading src/). First score, before the detector saw them (commit
// 451abb5): tables 8/8, roles 89/92, planted mistakes 10/12, 5 false alarms (a managed area's
// final condition the notes call the last target, an IKU's accumulated investment its formulasi
// states, typed copies of linked cells, a service for disaster victims read as negative). Fixed
// since: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind19 } from "./build";

scoreFormSet(
  "the twenty-first form set (test/forms-blind19)",
  writeFormsBlind19,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left: the Rp under "Kondisi Kinerja pada Akhir Periode" is read as the final
    // condition's Rp (kondisi-akhir, checked as the sum of the years' Rp); the set calls it anggaran
    "tc27-renstra-dkp-provinsi-teluktomini.xlsx T-C.27 column R",
  ],
);
