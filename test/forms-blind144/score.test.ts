// The checker on the six workbooks of test/forms-blind144 (a DPMPTSP: OSS permits, PMA / PMDN investment and the satisfaction survey, Bangka Belitung and Papua Tengah; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 7edf855): tables 9/9, roles 90/94, planted mistakes 10/12, no false alarm. A regression test of what the engine does, the
// misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind144 } from "./build";

scoreFormSet(
  "the hundred-and-forty-fourth form set (test/forms-blind144)",
  writeFormsBlind144,
  { books: 6, tables: 9, findings: 12 },
  [
    // the set's own slip, rightly named: its builder wrote the T-C.27 kondisi akhir K as =SUM(F13:N13), over the Rp
    // columns too; jumlahCampur names the range once, on the first such row
    "tc27-renstra-dpmptsp-kemabu-jaya-2025-2029.xlsx T-C.27!P13",
  ],
  [
    // disputed, left: a survey recap's service units name its rows as places (the set: indicator), its quality grade
    // takes no year (the set: predikat 2024)
    "ikm-unit-layanan-dpmptsp-bangka-pesisir-timur-2024.xlsx SKM 2024 column B",
    "ikm-unit-layanan-dpmptsp-bangka-pesisir-timur-2024.xlsx SKM 2024 column H",
  ],
);
