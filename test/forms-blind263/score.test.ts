// The checker on the six workbooks of test/forms-blind263 (the UPTD Labkesda (BLUD) on samples, turnaround, proficiency testing and revenue; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of aa4772a): tables 9/9, roles 86/90, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind263 } from "./build";

scoreFormSet(
  "the two-hundred-and-sixty-third form set (test/forms-blind263)",
  writeFormsBlind263,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "renstra-tc27-labkesda-blud-lembah-sarimas.xlsx Tabel 6.1 column Q",
    // recap conventions, left: the kinds of sample, a BLUD's service units and the proficiency fields naming the rows as nothing or places (the set: indikator)
    "rekap-sampel-klinik-air-makanan-lembah-sarimas.xlsx Rekap Sampel 2024 column B",
    "pendapatan-blud-uji-profisiensi-tanjung-wangi.xlsx BLUD 2024 column B",
    "pendapatan-blud-uji-profisiensi-tanjung-wangi.xlsx BLUD 2024 column H",
  ],
);
