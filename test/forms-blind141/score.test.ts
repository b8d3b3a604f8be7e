// The checker on the six workbooks of test/forms-blind141 (transport offices: bus stations, KIR testing and parking revenue, Sumatera Utara and Kalimantan Selatan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 7edf855): tables 9/9, roles 79/87, planted mistakes 12/12, one false alarm (a count of reports the notes named in both
// conventions). A regression test of what the engine does, the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind141 } from "./build";

scoreFormSet(
  "the hundred-and-forty-first form set (test/forms-blind141)",
  writeFormsBlind141,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: a parking zone names no place the engine knows (the set: lokasi)
    "retribusi-parkir-uji-kir-banjar-tambun-2024.xlsx Retribusi 2024 column B",
    // disputed, left: levy targets and receipts in Rp read as target and realisation (the set: money; sets 122 and 126
    // split on it), and a count of vehicles tested beside the KIR levy read as no role
    ...["D", "E", "I", "J", "K"].map(
      (c) => `retribusi-parkir-uji-kir-banjar-tambun-2024.xlsx Retribusi 2024 column ${c}`,
    ),
  ],
);
