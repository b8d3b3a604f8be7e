// The checker on the six workbooks of test/forms-blind330 (the Dinas Sosial: rehabilitasi sosial, PMKS per kecamatan, panti, bantuan sosial and its serapan, SPM sosial; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of ea6e95d): tables 9/9, roles 78/79, planted mistakes 11/12, one false alarm (notes numbering the negatives, 'indikator 3 dan 4', under a table without a No column, read as naming none of its rows). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind330 } from "./build";

scoreFormSet(
  "the three-hundred-and-thirtieth form set (test/forms-blind330)",
  writeFormsBlind330,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // recap conventions, left: the PMKS counted per kecamatan as nothing (the set), read as target
    "rekap-pmks-kecamatan-lembah-sari-kencana-330.xlsx Rekap PMKS column C",
  ],
);
