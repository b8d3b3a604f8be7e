// The checker on the six workbooks of test/forms-blind151 (a Dinas Ketahanan Pangan: PPH, CPP, rawan pangan, NTT and Riau; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 9050955): tables 7/7, roles 75/77, planted mistakes 10/12, no false alarm. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind151 } from "./build";

scoreFormSet(
  "the hundred-and-fifty-first form set (test/forms-blind151)",
  writeFormsBlind151,
  { books: 6, tables: 7, findings: 12 },
  [],
  [
    // disputed, left: "Alokasi CPP (kg)" beside what was handed out keeps no role (the set: the target),
    // so the stale "% Penyaluran" (60 saved, its formula gives 90) is named by ratio-components-mismatch,
    // the stale formula of a table without a target (the set: capaian-mismatch)
    "distribusi-cpp-per-kecamatan-dkp-amanuban-raya.xlsx Penyaluran CPP 2024 column D",
    "distribusi-cpp-per-kecamatan-dkp-amanuban-raya.xlsx Penyaluran CPP 2024!H13",
  ],
);
