// The checker on the six workbooks of test/forms-blind20 (a kabupaten's small offices; written
// without reading src/). First score, before the detector saw them (commit 451abb5): tables 8/8,
// roles 60/71, planted mistakes 11/14, 4 false alarms and 22 other findings (production columns
// headed "Kin." read as money, a JUMLAH over lettered lines counted twice, a lone "%" beside a
// revenue realisation, "Target Akhir Renstra" of a plan, an Inspektorat note's list of negative
// indicators beaten by a one-word guess). Fixed since: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind20 } from "./build";

scoreFormSet(
  "the twenty-second form set (test/forms-blind20)",
  writeFormsBlind20,
  { books: 6, tables: 8, findings: 14 },
  [],
  [
    // gap, left: a yearless "Pertumbuhan (%)" beside 2024 and 2023 realisations is 2024's growth;
    // the title's year would be wrong for forms-blind14's Renja (2026 > 2027 growth under 2026)
    "target-pajak-bapenda-sumberkarta.xlsx Realisasi PAD 2024 column H",
  ],
);
