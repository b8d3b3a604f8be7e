// The checker on the six workbooks of test/forms-blind109 (Dinas SDA dan Bina Marga of Provinsi Jawa Tengah and a kabupaten in
// NTB; written without reading src/ or the commit subjects). First score, before the detector saw them (engine of 563ffef):
// tables 8/10, roles 88/91, planted mistakes 11/12, one false alarm (a sum error on the irrigation table's Jumlah row, read as a
// row of the road table beside it). Fixed after: two tables side by side that both open with a label column ("No | Kecamatan |
// ..." beside "No | Daerah Irigasi | ...") split at the empty column between them though their other headings name no role;
// a target ten times off between two neighbours that agree is an outlier in a run of three years too (78; 8; 82). A regression
// test of what the engine does, the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind109 } from "./build";

scoreFormSet(
  "the hundred-and-ninth form set (test/forms-blind109)",
  writeFormsBlind109,
  { books: 6, tables: 10, findings: 12 },
  [],
  [
    // disputed, left: "Definisi Operasional / Formulasi" named for its definition first (the set:
    // formula; forms-blind72 wants the definition for the same heading)
    "iku-matriks-dinas-sdabm-jawa-tengah-2024-2026.xlsx IKU 2024-2026 column D",

    // disputed, left: T-C.27's end-period Rp is read as the kondisi akhir in money, as its heading
    // says (the set: the period's funding, anggaran)
    "tc27-renstra-bina-marga-jalan-jembatan-jateng-2025-2029.xlsx T-C.27 column S",
  ],
);
