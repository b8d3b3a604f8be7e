// The checker on the six workbooks of test/forms-blind158 (a Dinas Kebudayaan and a Bagian Perekonomian on BUMD dividends, Sumatera Barat and Bali; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 6fb21af): tables 9/9, roles 81/86, planted mistakes 10/12, no false alarm, 3 other errors (dividends received above their target read as spending above a pagu). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind158 } from "./build";

scoreFormSet(
  "the hundred-and-fifty-eighth form set (test/forms-blind158)",
  writeFormsBlind158,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: T-C.27's end-period Rp is read as the kondisi akhir in money, as its heading
    // says (the set: the period's funding, anggaran)
    "tc27-renstra-disbud-sanggar-museum-tabanan-kaja.xlsx T-C.27 Disbud column Q",
    // disputed, left: a dividend recap's BUMD names keep no role (the set: indikator), its dividends in
    // Rp read as money planned and received (the set: target and realisation)
    ...["B", "C", "E", "F"].map(
      (c) => `rekap-dividen-bumd-perekonomian-pasaman-tinggi.xlsx Dividen BUMD 2024 column ${c}`,
    ),
    // left: a recap by legal form that adds the Perseroda lines of the table above and leaves one out
    // (=F7+F9, not F11): no rule reads a second table's sums by the first's categories
    "rekap-dividen-bumd-perekonomian-pasaman-tinggi.xlsx Dividen BUMD 2024!C17",
  ],
);
