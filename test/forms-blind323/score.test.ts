// The checker on the six workbooks of test/forms-blind323 (DP3A: kekerasan terhadap perempuan dan anak per kecamatan, KLA, PUG/PPRG and anggaran responsif gender per OPD, UPTD PPA; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of c0d868f): tables 9/9, roles 82/84, planted mistakes 11/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind323 } from "./build";

scoreFormSet(
  "the three-hundred-and-twenty-third form set (test/forms-blind323)",
  writeFormsBlind323,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // rule name, left: a stale serapan of the ARG named capaian-mismatch (the set: ratio-components-mismatch only)
    "rekap-arg-per-opd-bukit-merapu-323.xlsx ARG 2024!I9",
    // recap conventions, left: the share of victims served as capaian and the cases reported as realised (the set), read as nothing and as target
    "rekap-korban-kekerasan-per-kecamatan-lembah-sariak-323.xlsx Rekap 2024 column H",
    "rekap-korban-kekerasan-per-kecamatan-lembah-sariak-323.xlsx Rekap 2024 column K",
  ],
);
