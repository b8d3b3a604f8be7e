// The checker on the six workbooks of test/forms-blind150 (a Disperindag: pasar rakyat, harga bahan pokok, IKM, metrologi, Jawa Tengah and Gorontalo; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 9050955): tables 8/8, roles 89/98, planted mistakes 11/12, no false alarm, 3 other warnings (a capaian against the end target read as a target). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind150 } from "./build";

scoreFormSet(
  "the hundred-and-fiftieth form set (test/forms-blind150)",
  writeFormsBlind150,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left: a growth rate's kondisi akhir may be the sum of its yearly rates (the seed Kota
    // Blitar's penurunan PMKS, a rate of change accumulated over the period); the set: the last rate
    "tc27-renstra-disperindag-kab-limboto-raya.xlsx T-C.27!P17",
    // disputed, left: a market recap's market names read as places (the set: indikator), and the
    // retribusi (revenue in Rp) as money planned and received (the set: target and realisation)
    ...["B", "E", "F", "G", "H", "I", "J"].map(
      (c) => `rekap-retribusi-pasar-rakyat-kab-paguyaman-raya-2024.xlsx Retribusi Pasar 2024 column ${c}`,
    ),
  ],
);
