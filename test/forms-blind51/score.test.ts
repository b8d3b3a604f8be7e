// The checker on the six workbooks of test/forms-blind51 (education and health offices of Aceh and Nusa Tenggara Timur; written without reading src/).
// First score, before the detector saw them (engine of d92dcb0): tables 8/8, roles 58/63, planted mistakes 12/12, no false alarm, 3 other findings (a
// typed Tahap II and Sisa against their column's formula, a prakiraan maju SUM short by the row its Rp SUM misses): the bar met on first sight. Fixed
// since: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind51 } from "./build";

scoreFormSet(
  "the fifty-first form set (test/forms-blind51)",
  writeFormsBlind51,
  { books: 6, tables: 8, findings: 12 },
  // true of the sheet as written: the typed Tahap II that the set calls a cut, the typed Sisa of the
  // planted over-spending, the 2026 SUM that misses the same sub kegiatan as the planted 2025 one
  [
    "realisasi-bos-sma-smk-cabdin-krueng-seunong-2024.xlsx BOS 2024!H10",
    "realisasi-bos-sma-smk-cabdin-krueng-seunong-2024.xlsx BOS 2024!K13",
    "renja-2025-dinas-kesehatan-aceh-tc31.xlsx T-C.31!I19",
  ],
);
