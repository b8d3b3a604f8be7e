// The checker on the six workbooks of test/forms-blind19 (a provincial set from Sumatra and
// Sulawesi; written without reading src/). First score, before the detector saw them (commit
// 451abb5): tables 8/8, roles 89/92, planted mistakes 10/12, 5 false alarms (a managed area's
// final condition the notes call the last target, an IKU's accumulated investment its formulasi
// states, typed copies of linked cells, a service for disaster victims read as negative). Fixed
// since: now a regression test. (T-C.27's kondisi akhir Rp, read as the period's pagu from
// forms-blind28 on, is read as the kondisi akhir again since most later sets call it so: listed.)
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind19 } from "./build";

scoreFormSet(
  "the twenty-first form set (test/forms-blind19)",
  writeFormsBlind19,
  {
    books: 6,
    tables: 8,
    findings: 12,
  },
  [],
  [
    // disputed, left: T-C.27's end-period Rp is read as the kondisi akhir in money, as its heading
    // says (the set: the period's funding, anggaran)
    "tc27-renstra-dkp-provinsi-teluktomini.xlsx T-C.27 column R",
  ],
);
