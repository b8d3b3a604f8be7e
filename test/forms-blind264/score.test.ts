// The checker on the six workbooks of test/forms-blind264 (the Disnakkeswan on rabies and PMK vaccination, inseminasi buatan and daging ASUH; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of aa4772a): tables 9/9 (one a row early), roles 88/89, planted mistakes 12/12, no false alarm, 20 other findings (an E.81 number row whose added '16 = 12/7 x 100' stands before '15' read as data). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind264 } from "./build";

scoreFormSet(
  "the two-hundred-and-sixty-fourth form set (test/forms-blind264)",
  writeFormsBlind264,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-disnakkeswan-pangonan.xlsx Tabel 6.1 column S",
  ],
);
