// The checker on the six workbooks of test/forms-blind117 (food crops and horticulture offices of a kabupaten in Sulawesi
// Selatan and Provinsi Kalimantan Barat; written without reading src/ or the commit subjects). First score, before the detector
// saw them (engine of fe76ff1): tables 8/8, roles 88/92, planted mistakes 11/12, no false alarm, two unlisted findings (the
// predikat beside a planted capaian, and a trend named at its second year). Fixed after: a lower-is-better path that already
// left its baseline the wrong way is named at its first target (target-trend, "naik dari kondisi awal"). A regression test of
// what the engine does, the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind117 } from "./build";

const PADI = "rekap-luas-tanam-panen-provitas-padi-bulu-tanete-2024.xlsx";

scoreFormSet(
  "the hundred-and-seventeenth form set (test/forms-blind117)",
  writeFormsBlind117,
  { books: 6, tables: 8, findings: 12 },
  [
    // follows a planted mistake: the crop-failure row's Kategori beside its wrong R / T capaian (G12)
    "lkjip-2024-capaian-persen-distph-bulu-tanete.xlsx Tabel 3.1!H12",
  ],
  [
    // gap: a rice recap's area planted read as a target, its production without a role and its
    // yield as a capaian (the set: all realised)
    `${PADI} Padi 2024 column C`,
    `${PADI} Padi 2024 column F`,
    `${PADI} Padi 2024 column H`,
    // disputed, left: "Definisi Operasional / Formulasi" named for its definition first (the set: formula)
    "matriks-iku-polaritas-distph-kalbar-2025-2029.xlsx Matriks IKU column C",
  ],
);
