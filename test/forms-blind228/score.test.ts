// The checker on the six workbooks of test/forms-blind228 (a Dinas Perkebunan on sawit rakyat: peremajaan (PSR), produktivitas TBS and ISPO, Riau and Jambi; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 93d7779): tables 9/9, roles 87/91, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind228 } from "./build";

scoreFormSet(
  "the two-hundred-and-twenty-eighth form set (test/forms-blind228)",
  writeFormsBlind228,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // recap conventions, left: cooperatives naming the rows (the set: lokasi), the producing area as realised and the productivity as nothing (the set: nothing; realised)
    "produksi-tbs-dan-ispo-per-koperasi-muara-tebing-2024.xlsx TBS & ISPO 2024 column B",
    "produksi-tbs-dan-ispo-per-koperasi-muara-tebing-2024.xlsx TBS & ISPO 2024 column C",
    "produksi-tbs-dan-ispo-per-koperasi-muara-tebing-2024.xlsx TBS & ISPO 2024 column I",
    "produksi-tbs-dan-ispo-per-koperasi-muara-tebing-2024.xlsx TBS & ISPO 2024 column K",
  ],
);
