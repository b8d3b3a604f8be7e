// The checker on the six workbooks of test/forms-blind295 (the Dinas Sosial on bencana: lumbung sosial, buffer stock logistik, korban terdampak dilayani and Tagana; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 8eb0ffe): tables 9/9, roles 78/83, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind295 } from "./build";

scoreFormSet(
  "the two-hundred-and-ninety-fifth form set (test/forms-blind295)",
  writeFormsBlind295,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "renstra-tc27-dinsos-bencana-pasir-lintang.xlsx Tabel 6.1 column R",
    // recap conventions, left: disasters counted per quarter as nothing, emergency funds as a budget, Tagana posts as nothing, the certified share as nothing (the set: realised, money spent, lokasi, capaian)
    "rekap-korban-terdampak-tagana-pasir-lintang.xlsx Korban & Tagana 2024 column B",
    "rekap-korban-terdampak-tagana-pasir-lintang.xlsx Korban & Tagana 2024 column F",
    "rekap-korban-terdampak-tagana-pasir-lintang.xlsx Korban & Tagana 2024 column H",
    "rekap-korban-terdampak-tagana-pasir-lintang.xlsx Korban & Tagana 2024 column K",
  ],
);
