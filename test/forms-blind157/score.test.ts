// The checker on the six workbooks of test/forms-blind157 (a DKP: fish landings per TPI, NTN / NTPi, AKI, Sulawesi Utara and Maluku; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 6fb21af): tables 8/8, roles 89/96, planted mistakes 12/12, no false alarm. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind157 } from "./build";

scoreFormSet(
  "the hundred-and-fifty-seventh form set (test/forms-blind157)",
  writeFormsBlind157,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left (the recap convention): the value of the landings is offered as realised (the
    // set: none); the tonnes landed per quarter are read as realised since forms-blind329 (a
    // heading of periods across the columns)
    "rekap-pendaratan-ikan-per-tpi-dkp-minahasa-pesisir.xlsx Rekap TPI 2024 column I",
    // disputed, left: a landing's average price per TPI is offered as realised, as a market's
    // prices are (forms-blind60, 96, 167); the set: no role
    "rekap-pendaratan-ikan-per-tpi-dkp-minahasa-pesisir.xlsx Rekap TPI 2024 column J",
  ],
);
