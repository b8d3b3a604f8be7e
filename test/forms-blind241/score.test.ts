// The checker on the six workbooks of test/forms-blind241 (the UPTD Labkesda on samples, turnaround time, accreditation and retribusi; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of e1cd520): tables 9/9, roles 78/86, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind241 } from "./build";

scoreFormSet(
  "the two-hundred-and-forty-first form set (test/forms-blind241)",
  writeFormsBlind241,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-labkesda-dinkes-tanjung-warana.xlsx Tabel 6.1 column Q",
    // recap conventions, left: samples examined and their results per kecamatan as nothing (the set: realised, capaian), retribusi in Rp as a budget (the set: realised Rp); a quarter's retribusi realised and target as counts (the set: Rp)
    "rekap-uji-air-minum-per-kecamatan-lembah-sirapu.xlsx Air Minum 2024 column C",
    "rekap-uji-air-minum-per-kecamatan-lembah-sirapu.xlsx Air Minum 2024 column D",
    "rekap-uji-air-minum-per-kecamatan-lembah-sirapu.xlsx Air Minum 2024 column E",
    "rekap-uji-air-minum-per-kecamatan-lembah-sirapu.xlsx Air Minum 2024 column F",
    "rekap-uji-air-minum-per-kecamatan-lembah-sirapu.xlsx Air Minum 2024 column G",
    "rekap-triwulan-sampel-retribusi-labkesda-tanjung-warana.xlsx Rekap 2024 column N",
    "rekap-triwulan-sampel-retribusi-labkesda-tanjung-warana.xlsx Rekap 2024 column O",
  ],
);
