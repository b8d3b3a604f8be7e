// The checker on the six workbooks of test/forms-blind333 (the Dinas Perhubungan: uji KIR per jenis kendaraan with retribusi per triwulan, parkir tepi jalan per kecamatan, fasilitas keselamatan jalan, terminal; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 8a69266): tables 9/9, roles 82/90, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind333 } from "./build";

scoreFormSet(
  "the three-hundred-and-thirty-third form set (test/forms-blind333)",
  writeFormsBlind333,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // recap conventions, left: vehicles tested and passed, parking points and their levy as nothing (the set), read as realised, target and capaian; the retribusi per triwulan as realised (the set), read as money realised; the kondisi akhir's Rp as pagu (the set)
    "tc27-renstra-2025-2029-dishub-rantau-lestari-333.xlsx T-C.27 column Q",
    "rekap-uji-kir-2024-uptd-pkb-wana-tirta-raya-333.xlsx Rekap PKB 2024 column C",
    "rekap-uji-kir-2024-uptd-pkb-wana-tirta-raya-333.xlsx Rekap PKB 2024 column I",
    "rekap-uji-kir-2024-uptd-pkb-wana-tirta-raya-333.xlsx Rekap PKB 2024 column J",
    "rekap-uji-kir-2024-uptd-pkb-wana-tirta-raya-333.xlsx Rekap PKB 2024 column O",
    "rekap-retribusi-parkir-per-kecamatan-2024-rantau-lestari-333.xlsx Parkir TJU column H",
    "rekap-retribusi-parkir-per-kecamatan-2024-rantau-lestari-333.xlsx Parkir TJU column I",
    "rekap-retribusi-parkir-per-kecamatan-2024-rantau-lestari-333.xlsx Parkir TJU column J",
  ],
);
