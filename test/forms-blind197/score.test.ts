// The checker on the six workbooks of test/forms-blind197 (a Bagian Kerja Sama Setda on kerja sama daerah (KSDD, KSDPK), naskah MoU / PKS and their monev, Sulawesi Tengah and Nusa Tenggara Barat; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 12811ef): tables 9/9, roles 91/94, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind197 } from "./build";

scoreFormSet(
  "the hundred-and-ninety-seventh form set (test/forms-blind197)",
  writeFormsBlind197,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left (the recap convention): a kind of agreement names the rows, and the agreements
    // monitored and their share keep no role (the set: indicator, realised, capaian)
    ...["B", "G", "H"].map(
      (c) => `rekap-naskah-kerja-sama-serapan-setda-sigi-lore.xlsx Rekap KS 2024 column ${c}`,
    ),
  ],
);
