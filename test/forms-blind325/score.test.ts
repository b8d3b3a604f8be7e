// The checker on the six workbooks of test/forms-blind325 (the Inspektorat Daerah: tindak lanjut temuan BPK per OPD and per tahun LHP, maturitas SPIP, kapabilitas APIP, reviu LKjIP per triwulan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of a20ce3e): tables 8/10 (a report's part 'B. Menurut Tahun LHP' read into part A above it), roles 75/76, planted mistakes 11/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind325 } from "./build";

scoreFormSet(
  "the three-hundred-and-twenty-fifth form set (test/forms-blind325)",
  writeFormsBlind325,
  { books: 6, tables: 10, findings: 12 },
  [],
  [
    // disputed, left: a JUMLAH % that averages the rows' shares is named inconsistent-formula with the ratio of totals (the set: ratio-components-mismatch)
    "rekap-tlhp-bpk-per-opd-smt2-2024-lembah-sialang-325.xlsx Rekap TLHP!I17",
  ],
);
