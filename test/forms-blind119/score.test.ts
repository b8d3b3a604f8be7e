// The checker on the six workbooks of test/forms-blind119 (kecamatan offices of a kota in Jawa Timur and a kabupaten in
// Kalimantan Selatan; written without reading src/ or the commit subjects). First score, before the detector saw them (engine of
// fe76ff1): tables 9/9, roles 91/94, planted mistakes 12/12, no false alarm. A regression test of what the engine does, the
// misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind119 } from "./build";

const REKAP = "rekap-pbb-p2-posyandu-kecamatan-padang-batung-raya.xlsx";

scoreFormSet(
  "the hundred-and-nineteenth form set (test/forms-blind119)",
  writeFormsBlind119,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: a PBB-P2 recap's assessed tax and tax collected read as money realised (the
    // set: target and realised)
    `${REKAP} Rekap Kecamatan 2024 column D`,
    `${REKAP} Rekap Kecamatan 2024 column E`,
  ],
);
