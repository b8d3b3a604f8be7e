// The checker on the six workbooks of test/forms-blind29 (a Jawa Tengah kabupaten's health offices;
// written without reading src/). First score, before the detector saw them (the engine of 595fcf7):
// tables 9/9, roles 62/65, planted mistakes 9/12, no false alarm (a Puskesmas SPM's "Sasaran Tahun
// 2024 > Jumlah Sasaran" and "Capaian Tahun 2024 > Persentase (%)" unread; a Sisa Anggaran saved
// without recalculation; E.80's count "s.d. 2024" taking the last year). Fixed since; one set bug
// fixed after the first score (the E.80's summed counts ran SUM over the Rp columns between them):
// now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind29 } from "./build";

scoreFormSet("the thirty-first form set (test/forms-blind29)", writeFormsBlind29, {
  books: 6,
  tables: 9,
  findings: 12,
});
