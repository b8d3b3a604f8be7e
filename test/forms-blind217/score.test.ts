// The checker on the six workbooks of test/forms-blind217 (a Dinas Pertanian on alsintan, pupuk bersubsidi (e-RDKK) and luas tambah tanam padi, Jawa Timur and Sumatera Barat; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of ff5c4fa): tables 9/9, roles 86/87, planted mistakes 11/12 (a typed running total among '=D6+C7' formulas, their first row '=C6' not counted as one of them), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind217 } from "./build";

scoreFormSet(
  "the two-hundred-and-seventeenth form set (test/forms-blind217)",
  writeFormsBlind217,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "renstra-tc27-distan-erdkk-padang-sawah-tinggi.xlsx Tabel 6.1 column R",
  ],
);
