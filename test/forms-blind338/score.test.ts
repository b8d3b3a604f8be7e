// The checker on the six workbooks of test/forms-blind338 (a Disdukcapil: kepemilikan KTP-el, akta kelahiran, KIA, perekaman per kecamatan per triwulan, jemput bola, waktu layanan dokumen; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of e05c6f2): tables 10/10, roles 87/87, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind338 } from "./build";

scoreFormSet(
  "the three-hundred-and-thirty-eighth form set (test/forms-blind338)",
  writeFormsBlind338,
  { books: 6, tables: 10, findings: 12 },
  [],
  [],
);
