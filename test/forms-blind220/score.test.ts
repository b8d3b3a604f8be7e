// The checker on the six workbooks of test/forms-blind220 (a Sekretariat DPRD on rapat paripurna, reses, Perda inisiatif and pokok-pokok pikiran, Jawa Timur and Kepulauan Riau; its builders copied from set 212's and rethemed; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of ff5c4fa): tables 8/9 (a pokir recap whose rows are its 'Masa Sidang', not found), roles 72/81, planted mistakes 11/13, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind220 } from "./build";

scoreFormSet(
  "the two-hundred-and-twentieth form set (test/forms-blind220)",
  writeFormsBlind220,
  { books: 6, tables: 9, findings: 13 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "renstra-tc27-setwan-dprd-tanjung-seruni.xlsx T-C.27 Setwan column Q",
    // recap conventions, left: proposals followed up by kind, and those refused (the set: realised)
    "rekap-pokir-masa-sidang-setwan-tanjung-seruni.xlsx Rekap Pokir 2024 column C",
    "rekap-pokir-masa-sidang-setwan-tanjung-seruni.xlsx Rekap Pokir 2024 column D",
    "rekap-pokir-masa-sidang-setwan-tanjung-seruni.xlsx Rekap Pokir 2024 column E",
    "rekap-reses-dapil-setwan-watu-gemilang.xlsx Reses Dapil 2024 column D",
  ],
);
