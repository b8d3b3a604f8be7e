// The checker on the six workbooks of test/forms-blind124 (population control and family planning offices of Jawa Barat
// and Sulawesi Barat; written without reading src/ or the commit subjects). First score, before the detector saw them
// (engine of 6300c32): tables 7/9, roles 86/105, planted mistakes 13/13, one false alarm: the unmet-need table beside the
// recap, its header a row lower, was read with it; "Capaian thd Target Akhir" under "Renstra 2021-2026" was read as the
// kondisi akhir of 2021; the note "TFR, unmet need dan ASFR 15-19 semakin kecil semakin baik" lost its first name to the
// comma (the false capaian warning on the TFR). A regression test of what the engine does, the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind124 } from "./build";

const REKAP = "rekap-peserta-kb-unmet-need-kabupaten-sulbar-2024.xlsx";

scoreFormSet(
  "the hundred-and-twenty-fourth form set (test/forms-blind124)",
  writeFormsBlind124,
  { books: 6, tables: 9, findings: 13 },
  [],
  [
    // gap: the recap guess takes the couples of reproductive age under the mCPR ratio as its target (the set: no role)
    `${REKAP} Rekap KB Des 2024 column C`,
    `${REKAP} Rekap KB Des 2024 column O`,
  ],
);
