// The checker on the six workbooks of test/forms-blind246 (the Bagian Kesra on zakat, hibah rumah ibadah, MTQ and incentives for guru ngaji and marbot; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of e1cd520): tables 7/9, roles 77/87, planted mistakes 10/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind246 } from "./build";

scoreFormSet(
  "the two-hundred-and-forty-sixth form set (test/forms-blind246)",
  writeFormsBlind246,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-bagkesra-kota-pantai-mapongka-2025-2029.xlsx Tabel T-C.27 column Q",
    // recap conventions, left: the share verified as nothing (the set: capaian)
    "insentif-guru-ngaji-marbot-dan-kafilah-mtq-batang-serayu-2024.xlsx Rekap Kesra 2024 column F",
  ],
);
