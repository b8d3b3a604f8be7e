// The checker on the six workbooks of test/forms-blind186 (a Dinas Perhubungan on parkir tepi jalan, uji KIR, PJU, rambu and terminal, Lampung and Kalimantan Tengah; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 07c4b96): tables 8/8, roles 88/95, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind186 } from "./build";

scoreFormSet(
  "the hundred-and-eighty-sixth form set (test/forms-blind186)",
  writeFormsBlind186,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left (revenue in Rp): a parking levy's target and quarterly receipts read as target
    // and realised (the set: money); the zone's name column keeps no role (the set: indicator)
    ...["B", "D", "E", "F", "G", "H", "I"].map(
      (c) => `rekap-retribusi-parkir-tepi-jalan-dishub-way-sekampung.xlsx Retribusi Parkir 2024 column ${c}`,
    ),
  ],
);
