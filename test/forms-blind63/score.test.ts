// The checker on the six workbooks of test/forms-blind63 (plans revised mid-year in Kepulauan Riau and Sulawesi Tenggara; written without reading
// src/, though the writer's first command showed it the latest commit subjects). First score, before the detector saw them (engine of f86270c):
// tables 8/8, roles 62/66, planted mistakes 11/12, no false alarm: the bar met on first sight. Fixed since, except what is listed below: now a
// regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind63 } from "./build";

scoreFormSet(
  "the sixty-third form set (test/forms-blind63)",
  writeFormsBlind63,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed: a capaian of the year's realisation against the end target keeps the
    // realisation's year (2024; the set: the target's, 2026; forms-blind59 wanted the realisation's)
    "lkjip-2024-dinas-pariwisata-kabupaten-mandoweri.xlsx Capaian IKU 2024 column K",
  ],
);
