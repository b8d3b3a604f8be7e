// The checker on the six workbooks of test/forms-blind121 (culture and cagar budaya offices of Provinsi Sumatera Barat and
// Papua; written without reading src/ or the commit subjects). First score, before the detector saw them (engine of
// 6300c32): tables 8/8, roles 92/94, planted mistakes 12/12, no false alarm. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind121 } from "./build";

scoreFormSet(
  "the hundred-and-twenty-first form set (test/forms-blind121)",
  writeFormsBlind121,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left: "Definisi Operasional / Formulasi" read as the definition (the set: rumus)
    "iku-dinas-kebudayaan-lembah-baliem-hulu-2025-2029.xlsx IKU Disbud column D",

    // disputed, left: T-C.27's end-period Rp is read as the kondisi akhir in money, as its heading
    // says (the set: the period's funding, anggaran)
    "tc27-renstra-disbud-kota-batang-kuranji-2025-2029.xlsx T-C.27 column Q",
  ],
);
