// The checker on the six workbooks of test/forms-blind89 (revenue agencies of a kota in Bali and a kabupaten in Sulawesi Utara;
// written without reading src/ or the commit subjects). First score, before the detector saw them (engine of d079593): tables
// 8/8, roles 89/94, planted mistakes 12/12, no false alarm. Now a regression test; what is left is listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind89 } from "./build";

scoreFormSet(
  "the eighty-ninth form set (test/forms-blind89)",
  writeFormsBlind89,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // left: a PBB-P2 recap under a title of "Ketetapan dan Realisasi": the assessment (SPPT, the
    // revenue's target) and the sheets paid are read as money realised, the share in rupiah and the
    // arrears ("Tunggakan") as nothing and as money realised; the set: target, realised (sheets),
    // capaian, none. Its planted mistakes are found all the same
    ...["E", "F", "G", "I", "J"].map(
      (c) => `ketetapan-realisasi-pbb-p2-per-kecamatan-bolaang-tondano.xlsx PBB-P2 2024 column ${c}`,
    ),

    // disputed, left: T-C.27's end-period Rp is read as the kondisi akhir in money, as its heading
    // says (the set: the period's funding, anggaran)
    "renstra-tc27-bapenda-bolaang-tondano-2025-2029.xlsx Tabel 6.2 column Q",
  ],
);
