// The checker on the six workbooks of test/forms-blind47 (communication, statistics and library offices of Kalimantan Tengah and Sulawesi Barat; written
// without reading src/). First score, before the detector saw them (engine of 5da7dc2): tables 8/8, roles 85/99, planted mistakes 9/11, no false alarm,
// no other finding. Fixed since: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind47 } from "./build";

scoreFormSet(
  "the forty-seventh form set (test/forms-blind47)",
  writeFormsBlind47,
  {
    books: 6,
    tables: 8,
    findings: 11,
  },
  [],
  [
    // disputed, left: T-C.27's end-period Rp is read as the kondisi akhir in money, as its heading
    // says (the set: the period's funding, anggaran)
    "tc27-pendanaan-ribuan-diskominfostat-kab-tandukkalua-2025-2030.xlsx T-C.27 column S",
  ],
);
