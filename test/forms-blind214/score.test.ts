// The checker on the six workbooks of test/forms-blind214 (a Disdukcapil on IKD, akta kematian and pemanfaatan data (PKS), Jambi and NTB; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of a9c0ac6): tables 9/9 (two a row early: the E.81's number row with a bare '12/7 x 100' and the PKS recap's '(8) = (7)/Jumlah (7) x 100' not read, so the E.81 lost its roles), roles 84/87, planted mistakes 11/13, one false alarm (a warning: 'Cakupan kepemilikan akta kematian' read as less-is-better) and nine other findings (eight text-number warnings on the unread number row, a predikat beside a stale fraction). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind214 } from "./build";

scoreFormSet(
  "the two-hundred-and-fourteenth form set (test/forms-blind214)",
  writeFormsBlind214,
  { books: 6, tables: 9, findings: 13 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "renstra-tc27-disdukcapil-batu-laras.xlsx T-C.27 Dukcapil column Q",
  ],
);
