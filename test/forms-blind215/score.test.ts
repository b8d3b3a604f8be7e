// The checker on the six workbooks of test/forms-blind215 (a BPBD on logistik, EWS, kaji cepat and huntap pascabencana, Sumatera Barat and NTB; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of a9c0ac6): tables 9/9 (the huntap recap a row early: '(10) = (9)/Σ(9) x 100' not read), roles 82/83, planted mistakes 11/12, two false alarms (errors: the logistics report's year row takes its opening balance from Triwulan I, =B9, and computes its closing balance across the row, and both were summed). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind215 } from "./build";

scoreFormSet(
  "the two-hundred-and-fifteenth form set (test/forms-blind215)",
  writeFormsBlind215,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "renstra-tc27-bpbd-rinjanipura.xlsx T-C.27 BPBD column R",
  ],
);
