// The checker on the six workbooks of test/forms-blind315 (the Dinas Lingkungan Hidup: IKLH and its components, RTH publik per kecamatan, pengaduan pencemaran, uji emisi; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 01e4ddf): tables 10/10, roles 69/69, planted mistakes 10/12, one false alarm (a kondisi akhir Rp typed right, named because a year's Rp had a zero too many). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind315 } from "./build";

scoreFormSet(
  "the three-hundred-and-fifteenth form set (test/forms-blind315)",
  writeFormsBlind315,
  { books: 6, tables: 10, findings: 12 },
  [],
  [
    // disputed, left: a stale '% RTH Publik thd Luas Wilayah' named capaian-mismatch (the set: ratio-components-mismatch), the area read as the target
    "rekap-rth-iklh-sungai-rembulan-315.xlsx RTH & IKLH 2024!G7",
    // disputed, left: a year's Rp typed ten times is target-outlier's zero slip, the kondisi akhir Rp folded into it (the set: number-scale or sum-mismatch)
    "tc27-renstra-dlh-sungai-rembulan-315.xlsx T-C.27!M15",
  ],
);
