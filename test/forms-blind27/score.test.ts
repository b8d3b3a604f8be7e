// The checker on the six workbooks of test/forms-blind27 (Gorontalo and Kalimantan Utara provincial
// SAKIP documents; written without reading src/). First score, before the detector saw them
// (commit 39cb8f7): tables 8/8, roles 74/76, planted mistakes 11/13, 1 false alarm (a PK's
// passenger count "yang terlayani" read as a level, its quarters' sum called wrong), 2 other
// findings ("Nilai transaksi ... (Rp miliar)" read as a level; a "Cara Rekap" column unread;
// "Renstra 2022-2026 > Target Akhir" read as the final condition of 2022; two target columns of
// one year left a capaian unpaired). Fixed since: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind27 } from "./build";

scoreFormSet(
  "the twenty-ninth form set (test/forms-blind27)",
  writeFormsBlind27,
  { books: 6, tables: 8, findings: 13 },
  // true of the sheet as written, and not listed by the set: a target typed as text ("100")
  ["tc29-rasio-capaian-pupr-gorontalo.xlsx T-C.29!C14"],
);
