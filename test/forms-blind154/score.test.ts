// The checker on the six workbooks of test/forms-blind154 (a DPMD: IDM, BUMDes, Dana Desa and ADD in stages, Sulawesi Tenggara and Jawa Timur; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 891a968): tables 9/9, roles 83/85, planted mistakes 12/12, no false alarm, 4 other warnings (a T-C.27's two kegiatan that end at their last target where its note says kegiatan end at the sum, and cells that follow the planted code). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind154 } from "./build";

scoreFormSet(
  "the hundred-and-fifty-fourth form set (test/forms-blind154)",
  writeFormsBlind154,
  { books: 6, tables: 9, findings: 12 },
  // true of the sheets as written: the T-C.27's note says kegiatan end at the sum of their years,
  // two kegiatan end at their last target (P13, P18) and the mis-coded sub kegiatan's sum (P16)
  // follows the planted code; the E.81 kegiatan states an indicator with no target at all (F14)
  [
    "renstra-tc27-dpmd-laiwoi-raya.xlsx T-C.27!P13",
    "renstra-tc27-dpmd-laiwoi-raya.xlsx T-C.27!P16",
    "renstra-tc27-dpmd-laiwoi-raya.xlsx T-C.27!P18",
    "evaluasi-renja-e81-dpmd-tulungrejo.xlsx Evaluasi Renja!F14",
  ],
  [],
);
