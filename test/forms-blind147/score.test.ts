// The checker on the six workbooks of test/forms-blind147 (environment and forestry: RTH, seedlings and hutan rakyat, Lampung and Nusa Tenggara Timur; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 19f832a): tables 8/8, roles 71/71, planted mistakes 11/13, one false alarm (a managed area the notes call a position).
// A regression test of what the engine does, the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind147 } from "./build";

scoreFormSet(
  "the hundred-and-forty-seventh form set (test/forms-blind147)",
  writeFormsBlind147,
  { books: 6, tables: 8, findings: 13 },
  [],
  [
    // left: seedlings alive above those handed out (107 %) where the total is a bare "Jumlah" with no heading over it:
    // no part-of-whole reading joins "Bibit Hidup" to the kinds of seedling that "Jumlah" adds
    "rekap-distribusi-bibit-penghijauan-per-desa-amanuban-raya.xlsx Rekap Bibit 2024!J19",
  ],
);
