// The checker on the six workbooks of test/forms-blind107 (food security offices of Provinsi Nusa Tenggara Timur and Bangka
// Belitung; written without reading src/ or the commit subjects). First score, before the detector saw them (engine of
// 8760432): tables 9/9, roles 90/94, planted mistakes 13/13, no false alarm. A regression test of what the engine does, the
// misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind107 } from "./build";

const PSAT = "rekap-pengawasan-psat-per-kabupaten-babel-2024.xlsx";

scoreFormSet(
  "the hundred-and-seventh form set (test/forms-blind107)",
  writeFormsBlind107,
  { books: 6, tables: 9, findings: 13 },
  [],
  [
    // gap: a food-safety recap's columns: the kabupaten naming the rows keeps no role (the set:
    // indicator), the samples taken read as the target (the set: realised), "% MS" keeps none
    // (the set: capaian)
    `${PSAT} Rekap PSAT 2024 column B`,
    `${PSAT} Rekap PSAT 2024 column C`,
    `${PSAT} Rekap PSAT 2024 column J`,
    // gap: the LKjIP's Kategori gets no year (the set: 2024)
    "lkjip-2024-dkp-ntt-pengukuran-kinerja.xlsx Tabel 3.1 column L",
  ],
);
