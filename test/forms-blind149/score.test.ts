// The checker on the six workbooks of test/forms-blind149 (a Disdukcapil: KTP-el, akta, KIA, Sulawesi Selatan and Kalimantan Utara; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 9050955): tables 8/8, roles 86/88, planted mistakes 12/12, no false alarm. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind149 } from "./build";

scoreFormSet(
  "the hundred-and-forty-ninth form set (test/forms-blind149)",
  writeFormsBlind149,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left: "Definisi Operasional / Formulasi" read as the definition (the set: the formula)
    "iku-2025-2029-layanan-daring-disdukcapil-sesayap-hulu.xlsx Matriks IKU column C",
  ],
);
