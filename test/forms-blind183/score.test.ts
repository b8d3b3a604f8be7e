// The checker on the six workbooks of test/forms-blind183 (a Dinas PUPR on air limbah domestik and drainase perkotaan: SPALD-T / SPALD-S, IPLT, akses sanitasi aman, saluran kondisi baik, genangan, Sumatera Utara and Jawa Timur; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of d2ac29e): tables 9/9, roles 93/93, planted mistakes 11/12, no false alarm, one other error (true: a sub kegiatan spent above its pagu). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind183 } from "./build";

scoreFormSet(
  "the hundred-and-eighty-third form set (test/forms-blind183)",
  writeFormsBlind183,
  { books: 6, tables: 9, findings: 12 },
  [
    // true of the sheet as written: the drainage sub kegiatan's four quarters (6.319.000.000) pass its
    // Renja pagu (6.250.000.000), which the set did not plant
    "evaluasi-e81-renja-spald-drainase-kota-wlingirejo.xlsx E.81 Renja 2024!U19",
  ],
  [],
);
