// The checker on the six workbooks of test/forms-blind324 (Dinas Kesehatan, kesehatan ibu dan anak: AKI, AKB, K6, persalinan di faskes, KN lengkap per kecamatan, anggaran per triwulan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of c0d868f): tables 9/9, roles 92/92, planted mistakes 11/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind324 } from "./build";

scoreFormSet(
  "the three-hundred-and-twenty-fourth form set (test/forms-blind324)",
  writeFormsBlind324,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // rule name, left: a typed KN share of 112,40 % in the table's capaian column named capaian-mismatch (the set: percent-out-of-range, ratio-components-mismatch or hardcoded-value)
    "rekap-spm-kia-per-kecamatan-lembah-sawang-324.xlsx Rekap KIA 2024!K10",
  ],
);
