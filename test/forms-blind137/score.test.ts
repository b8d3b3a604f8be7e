// The checker on the six workbooks of test/forms-blind137 (labour offices: BLK training, placement and open unemployment, Banten and Sulawesi Tengah; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 64fd596): tables 9/9, roles 89/98, planted mistakes 12/12, no false alarm. A regression test of what the engine does, the
// misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind137 } from "./build";

scoreFormSet(
  "the hundred-and-thirty-seventh form set (test/forms-blind137)",
  writeFormsBlind137,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: a recap of job seekers by kecamatan beside one by education: the registered job seekers are
    // read as no role (left) and as the year's realisation (right), the placement rate as no role, the education
    // column as no role (the set: no role of 2024, capaian, indicator)
    ...["C", "D", "E", "I", "M", "N", "O", "P"].map(
      (c) => `rekap-pencaker-penempatan-kecamatan-sigi-lembah-2024.xlsx Rekap Pencaker 2024 column ${c}`,
    ),
  ],
);
