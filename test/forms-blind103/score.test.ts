// The checker on the six workbooks of test/forms-blind103 (communication, informatics, statistics and cryptography offices of
// Provinsi Banten and Papua Selatan; written without reading src/ or the commit subjects). First score, before the detector saw
// them (engine of 25f204e): tables 8/8, roles 91/95, planted mistakes 12/12, no false alarm. Fixed after: a "Sifat (+/-)"
// column of "(+)" / "(-)" is the polarity; kampung served under an internet budget are counted, not paid. A regression test
// of what the engine does.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind103 } from "./build";

scoreFormSet(
  "the hundred-and-third form set (test/forms-blind103)",
  writeFormsBlind103,
  { books: 6, tables: 8, findings: 12 },
  [],
  [],
);
