// The checker on the six workbooks of test/forms-blind173 (a Dinas Perhubungan: ferries, pioneer ships, road safety, Maluku and Kepulauan Riau; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 1e6ad8c): tables 8/8, roles 89/93, planted mistakes 10/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind173 } from "./build";

scoreFormSet(
  "the hundred-and-seventy-third form set (test/forms-blind173)",
  writeFormsBlind173,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // left: a route recap's load factor dividing by a quarter's capacity (182 %) is an info of
    // inconsistent-formula only: the column has no certain role (the set: capaian-mismatch), and a
    // load factor may pass 100 % (an overloaded ferry)
    "rekap-penumpang-lintasan-ferry-maluku-kepri.xlsx Rekap Lintasan 2024!J17",
    // disputed, left (the recap convention): route, ship, seats offered and load factor keep no role
    // (the set: indicator, remark, target, capaian)
    ...["B", "C", "D", "J"].map(
      (c) => `rekap-penumpang-lintasan-ferry-maluku-kepri.xlsx Rekap Lintasan 2024 column ${c}`,
    ),
  ],
);
