// The checker on the six workbooks of test/forms-blind254 (Kesbangpol on pemilu and pilkada: voter turnout, political education, aid to political parties; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 65a75e1): tables 7/9 exact with 1 extra, roles 73/82, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind254 } from "./build";

scoreFormSet(
  "the two-hundred-and-fifty-fourth form set (test/forms-blind254)",
  writeFormsBlind254,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // recap conventions, left: the DPT read as realised (the set: target), turnout as nothing (the set: capaian), votes won as nothing (the set: realised 2024), the aid's stages paid in Rp as a budget (the set: realised Rp)
    "rekap-partisipasi-pemilih-pilkada-sungai-lemadang.xlsx Partisipasi Pilkada 2024 column E",
    "rekap-partisipasi-pemilih-pilkada-sungai-lemadang.xlsx Partisipasi Pilkada 2024 column I",
    "rekap-banpol-per-partai-pelabuhan-ratna-2025.xlsx Banpol 2025 column D",
    "rekap-banpol-per-partai-pelabuhan-ratna-2025.xlsx Banpol 2025 column M",
  ],
);
