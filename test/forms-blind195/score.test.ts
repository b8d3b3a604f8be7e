// The checker on the six workbooks of test/forms-blind195 (a Dinas Kesehatan on imunisasi and jaminan kesehatan: UCI, IDL, UHC, PBI APBD, Nusa Tenggara Barat and Sulawesi Tengah; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of a19bd5c): tables 8/8, roles 88/92, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind195 } from "./build";

scoreFormSet(
  "the hundred-and-ninety-fifth form set (test/forms-blind195)",
  writeFormsBlind195,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left (the recap convention): members by scheme beside their Jumlah keep no role, and
    // the year's PBI premium is offered as a budget (the set: realised, realised Rp)
    ...["D", "E", "F", "I"].map(
      (c) => `rekap-kepesertaan-jkn-pbi-apbd-lombok-rinjani-utara.xlsx Rekap JKN 2024 column ${c}`,
    ),
  ],
);
