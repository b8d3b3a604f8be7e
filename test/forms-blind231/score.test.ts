// The checker on the six workbooks of test/forms-blind231 (SPAM and drinking water (Dinas PUPR, a Perumda Air Minum): house connections, safe-water coverage and non-revenue water, Sulawesi Tenggara and Nusa Tenggara Barat; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 69017fd): tables 8/8, roles 83/85, planted mistakes 10/12 (an E.81 predikat, missed because its '4a' column was read as a second (4)), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind231 } from "./build";

scoreFormSet(
  "the two-hundred-and-thirty-first form set (test/forms-blind231)",
  writeFormsBlind231,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // rule name disputed, left: the year's NRW saved stale against its own formula, named ratio-components-mismatch (the set: capaian-mismatch)
    "neraca-air-nrw-per-triwulan-perumda-tirta-kayangan-2024.xlsx Neraca Air 2024!F15",
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-2025-2029-spam-pupr-kota-kayangan-raya.xlsx Tabel 6.1 column R",
    // recap conventions, left: the volume of water lost, read as a target beside the NRW target (the set: realised)
    "neraca-air-nrw-per-triwulan-perumda-tirta-kayangan-2024.xlsx Neraca Air 2024 column E",
  ],
);
