// The checker on the six workbooks of test/forms-blind351 (a Bappeda: indikator makro (IPM, kemiskinan, TPT, pertumbuhan ekonomi, Gini), konsistensi RKPD-APBD per perangkat daerah, usulan Musrenbang per kecamatan beside pengendalian per triwulan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 1cf98fc): tables 9/9, roles 82/89, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind351 } from "./build";

scoreFormSet(
  "the three-hundred-and-fifty-first form set (test/forms-blind351)",
  writeFormsBlind351,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // recap convention, left: the consistency recap's program counts read as a target and its realisations, its RKPD and APBD amounts as nothing; Musrenbang proposals and those taken up read as a 2026 target and realisation (the set: nothing, anggaran of 2025)
    "rekap-konsistensi-rkpd-apbd-2025-wai-lembar-351.xlsx Konsistensi 2025 column B",
    "rekap-konsistensi-rkpd-apbd-2025-wai-lembar-351.xlsx Konsistensi 2025 column C",
    "rekap-konsistensi-rkpd-apbd-2025-wai-lembar-351.xlsx Konsistensi 2025 column D",
    "rekap-konsistensi-rkpd-apbd-2025-wai-lembar-351.xlsx Konsistensi 2025 column E",
    "rekap-konsistensi-rkpd-apbd-2025-wai-lembar-351.xlsx Konsistensi 2025 column F",
    "rekap-musrenbang-pengendalian-tanah-merapi-351.xlsx Rekap 2025 column C",
    "rekap-musrenbang-pengendalian-tanah-merapi-351.xlsx Rekap 2025 column D",
  ],
);
