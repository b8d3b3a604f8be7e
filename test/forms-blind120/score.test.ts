// The checker on the six workbooks of test/forms-blind120 (women's empowerment and child protection offices of Provinsi
// Sumatera Utara and a kota in Nusa Tenggara Barat; written without reading src/ or the commit subjects). First score, before
// the detector saw them (engine of fe76ff1): tables 9/9, roles 92/95, planted mistakes 12/12, no false alarm. A regression
// test of what the engine does, the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind120 } from "./build";

const REKAP = "rekap-kasus-kekerasan-pa-kabkota-sumut-2024.xlsx";

scoreFormSet(
  "the hundred-and-twentieth form set (test/forms-blind120)",
  writeFormsBlind120,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // gap: a recap's share of cases handled keeps no role (the set: capaian); the kabupaten of the
    // table beside it keeps none (the set: indicator)
    `${REKAP} Rekap Kasus 2024 column I`,
    `${REKAP} Rekap Kasus 2024 column L`,
  ],
);
