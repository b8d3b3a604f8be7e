// The checker on the six workbooks of test/forms-blind33 (offices of the new Papua provinces;
// written without reading src/). First score, before the detector saw them (commit c6181a3):
// tables 8/8, roles 73/73, planted mistakes 10/12, no false alarm (a sub kegiatan's pagu over its
// "- Distrik" lines unread; a capaian whose realisation is written with its unit, "12 dokumen").
// Fixed since: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind33 } from "./build";

scoreFormSet(
  "the thirty-fifth form set (test/forms-blind33)",
  writeFormsBlind33,
  {
    books: 6,
    tables: 8,
    findings: 12,
  },
  [],
  [
    // disputed, left: T-C.27's end-period Rp is read as the kondisi akhir in money, as its heading
    // says (the set: the period's funding, anggaran)
    "renstra-perdana-tc27-dinkes-lembahibele.xlsx T-C.27 column Q",
  ],
);
