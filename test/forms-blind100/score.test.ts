// The checker on the six workbooks of test/forms-blind100 (youth and sports offices of Provinsi Aceh and Maluku; written
// without reading src/ or the commit subjects). First score, before the detector saw them (engine of 8567aa7): tables 8/8,
// roles 81/83, planted mistakes 11/12, three false alarms (capaian-mismatch errors on the E.81's column 14, whose header
// leaves out "s.d." while its number row says "14 = 13/5 x 100%"). Fixed after: a capaian whose number row divides a
// realisation to date is measured to date; "Kabupaten / Kota Penerima" is a place. A regression test of what the engine
// does, the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind100 } from "./build";

scoreFormSet(
  "the hundredth form set (test/forms-blind100)",
  writeFormsBlind100,
  { books: 6, tables: 8, findings: 12 },
  [],
  [],
);
