// The checker on the six workbooks of test/forms-blind258 (the DPPKB on Kampung KB, active family-planning users and BKB/BKR/BKL groups; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of cc878e1): tables 9/9, roles 85/87, planted mistakes 11/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind258 } from "./build";

scoreFormSet(
  "the two-hundred-and-fifty-eighth form set (test/forms-blind258)",
  writeFormsBlind258,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // recap conventions, left: a share of active kampung KB as nothing (the set: capaian), contraceptive methods naming rows as nothing (the set: indikator)
    "rekap-kampung-kb-per-kecamatan-pasir-langkai.xlsx Kampung KB 2024 column J",
    "rekap-peserta-kb-aktif-bkb-bkr-bkl-tanjung-manyar.xlsx PA dan Poktan 2024 column A",
  ],
);
