// The checker on the six workbooks of test/forms-blind110 (the BRIDA of Provinsi Jawa Timur and of a kota in Sulawesi Selatan;
// written without reading src/ or the commit subjects). First score, before the detector saw them (engine of 563ffef): tables
// 9/9, roles 88/93, planted mistakes 12/13, no false alarm. Fixed after: research put to use ("rekomendasi ... yang
// dimanfaatkan") is more-is-better, so its dip from 74 to 71 is a target-trend. A regression test of what the engine does, the
// misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind110 } from "./build";

const REKAP = "rekap-inovasi-pd-serapan-kelitbangan-brida-jatim-2024.xlsx";

scoreFormSet(
  "the hundred-and-tenth form set (test/forms-blind110)",
  writeFormsBlind110,
  { books: 6, tables: 9, findings: 13 },
  [],
  [
    // gap: the perangkat daerah naming a recap's rows read as the one responsible (the set: no
    // role); the share of innovations applied keeps no role (the set: capaian)
    `${REKAP} Rekap Inovasi 2024 column B`,
    `${REKAP} Rekap Inovasi 2024 column H`,
    // disputed, left: "Definisi Operasional / Formulasi" named for its definition first (the set: formula)
    "matriks-iku-brida-provinsi-jatim-2025-2029.xlsx Matriks IKU column C",
    // gap: the PK's Sasaran Strategis column read as the indicator's (the set: no role)
    "pk-2025-kepala-brida-kota-salo-mariri-renstra.xlsx PK 2025 column B",
  ],
);
