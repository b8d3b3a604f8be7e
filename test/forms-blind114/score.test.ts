// The checker on the six workbooks of test/forms-blind114 (education offices of a kabupaten in Nusa Tenggara Timur and of
// Provinsi Kepulauan Riau; written without reading src/ or the commit subjects). First score, before the detector saw them
// (engine of 28cbd93): tables 8/8, roles 92/94, planted mistakes 12/12, no false alarm. Fixed after: a Renstra's bare "Kondisi
// Awal" beside targets from the period's first year is of the year before. A regression test of what the engine does, the
// misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind114 } from "./build";

scoreFormSet(
  "the hundred-and-fourteenth form set (test/forms-blind114)",
  writeFormsBlind114,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left: the kabupaten / kota naming a BOSP recap's rows read as places (the set: indicator)
    "rekap-penyaluran-bosp-sma-smk-kepri-2024.xlsx Rekap BOSP 2024 column B",
  ],
);
