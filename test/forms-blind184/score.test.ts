// The checker on the six workbooks of test/forms-blind184 (a BPSDM / BKPSDM on pengembangan kompetensi ASN: PKA / PKP / PKN, latsar, 20 JP, indeks profesionalitas, Kalimantan Timur and Bali; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of d2ac29e): tables 8/8, roles 89/93, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind184 } from "./build";

scoreFormSet(
  "the hundred-and-eighty-fourth form set (test/forms-blind184)",
  writeFormsBlind184,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left: "Definisi Operasional / Formulasi" read as the definition (the set: the formula)
    "iku-bkpsdm-giri-amerta-2021-2026.xlsx IKU 2021-2026 column D",
    // disputed, left (the recap convention): the training's name and its batches keep no role (the
    // set: indicator, remark)
    ...["B", "C"].map(
      (c) => `rekap-pelatihan-asn-bkpsdm-mahakam-hilir-2024.xlsx Rekap Pelatihan 2024 column ${c}`,
    ),
  ],
);
