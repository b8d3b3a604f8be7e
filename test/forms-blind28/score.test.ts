// The checker on the six workbooks of test/forms-blind28 (Sumatera Barat and Riau offices' workbooks
// of several sheets; written without reading src/). First score, before the detector saw them
// (commit 39cb8f7): tables 7/7, roles 61/64, planted mistakes 10/12, no false alarm (T-C.27's
// kondisi akhir Rp read as a condition, not the period's pagu; an SPM's "Jumlah Sasaran" and
// "Jumlah Terlayani" under a group heading unread, so its capaian went unchecked; a DPA Ringkasan's
// account over its only sub-account not taken as its total). Fixed since: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind28 } from "./build";

scoreFormSet(
  "the thirtieth form set (test/forms-blind28)",
  writeFormsBlind28,
  {
    books: 6,
    tables: 7,
    findings: 12,
  },
  [],
  [
    // disputed, left: T-C.27's end-period Rp is read as the kondisi akhir in money, as its heading
    // says (the set: the period's funding, anggaran)
    "tc27-ribuan-pupr-tanahlintau.xlsx T-C.27 column S",
  ],
);
