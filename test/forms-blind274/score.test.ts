// The checker on the six workbooks of test/forms-blind274 (the Dinas Kesehatan on kesehatan lingkungan: STBM and ODF, jamban sehat, TTU, TPP and air minum; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 7b5b1a8): tables 8/8, roles 81/93 (a T-C.27 whose period is written 'Tahun ke-1 = 2025 s.d. Tahun ke-5 = 2029': every year read as 2024), planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind274 } from "./build";

scoreFormSet(
  "the two-hundred-and-seventy-fourth form set (test/forms-blind274)",
  writeFormsBlind274,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-2025-2029-dinkes-kesling-tanah-pasirah.xlsx Tabel 6.1 column Q",
    // recap conventions, left: public places registered read as realised (the set: nothing)
    "rekap-triwulan-ttu-tpp-sam-memenuhi-syarat-tanah-pasirah.xlsx Rekap Kesling 2024 column B",
  ],
);
