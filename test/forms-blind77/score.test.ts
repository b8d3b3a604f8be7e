// The checker on the six workbooks of test/forms-blind77 (fire and transport offices of Kota Sesayap Hilir, Kalimantan Utara, and Kota Aimas
// Pesisir, Papua Barat Daya; written without reading src/ or the commit subjects). First score, before the detector saw them (engine of
// 8bf6aea): tables 7/7 (two a row off: a lettered number row "a | a1 | b" read as data), roles 46/46, planted mistakes 11/12, three
// false alarms (warnings: a note's subjects after "bersifat negatif" not read, "Response time" guessed positive, a rescue of victims
// guessed negative). Fixed since: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind77 } from "./build";

scoreFormSet(
  "the seventy-seventh form set (test/forms-blind77)",
  writeFormsBlind77,
  {
    books: 6,
    tables: 7,
    findings: 12,
  },
  [],
  [
    // disputed, left: T-C.27's end-period Rp is read as the kondisi akhir in money, as its heading
    // says (the set: the period's funding, anggaran)
    "tc27-renstra-damkar-salawati-timur.xlsx T-C.27 column Q",
  ],
);
