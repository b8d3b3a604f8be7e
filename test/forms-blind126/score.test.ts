// The checker on the six workbooks of test/forms-blind126 (tourism and creative economy offices of Sumatera Utara and Sulawesi Utara; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 6825bd7): tables 8/8, roles 77/84, planted mistakes 12/12, no false alarm. A regression test of what the engine does, the
// misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind126 } from "./build";

scoreFormSet(
  "the hundred-and-twenty-sixth form set (test/forms-blind126)",
  writeFormsBlind126,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left: a levy recap "(dalam ribuan rupiah)" whose target and realisation headings name no Rp is read as
    // target and realisation (the set: money; set 122 wants a levy's "(Rp)" columns as target and realisation)
    ...["D", "E", "F", "G", "H", "I"].map(
      (c) => `rekap-retribusi-rekreasi-per-dtw-bolaang-lembeh.xlsx Retribusi DTW 2024 column ${c}`,
    ),
    // disputed, left: the tourist site names its rows, no indicator (the set: indicator)
    "rekap-retribusi-rekreasi-per-dtw-bolaang-lembeh.xlsx Retribusi DTW 2024 column B",
  ],
);
