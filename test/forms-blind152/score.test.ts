// The checker on the six workbooks of test/forms-blind152 (a Diskominfo and a Dispusip: SPBE, internet, TGM, archives, Jambi and Papua Selatan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 9050955): tables 7/7, roles 71/73, planted mistakes 10/12, no false alarm. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind152 } from "./build";

scoreFormSet(
  "the hundred-and-fifty-second form set (test/forms-blind152)",
  writeFormsBlind152,
  { books: 6, tables: 7, findings: 12 },
  [],
  [
    // disputed, left: "Definisi / Formulasi" read as the definition (the set: the formula)
    "matriks-iku-diskominfo-mappi-raya.xlsx Matriks IKU column D",
  ],
);
