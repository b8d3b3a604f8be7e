// The checker on the six workbooks of test/forms-blind199 (a Dinas Perhubungan on penerangan jalan umum (titik PJU, kWh, rekening listrik, PBJT tenaga listrik) and perlengkapan jalan, Jawa Tengah and Sulawesi Selatan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 12811ef): tables 8/8 (one a row too early, its number row "4 = 4 sebelumnya + 3" read as data), roles 75/78, planted mistakes 11/12, no false alarm, one other warning (false: that number row's "3" as text in a number column). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind199 } from "./build";

scoreFormSet(
  "the hundred-and-ninety-ninth form set (test/forms-blind199)",
  writeFormsBlind199,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left: a year's electricity bill is offered as a budget (the set: realised Rp); the
    // revenue received and the bills by quarter as counts or nothing (the set: realised Rp)
    "rekap-rekening-listrik-pju-dishub-sokawera-kidul.xlsx Rekening PJU 2024 column G",
    "pbjt-listrik-vs-rekening-pju-bontolempangan.xlsx PPJ vs PJU 2024 column C",
    "pbjt-listrik-vs-rekening-pju-bontolempangan.xlsx PPJ vs PJU 2024 column E",
  ],
);
