// The checker on the six workbooks of test/forms-blind332 (the BPKAD: realisasi belanja per OPD and PAD per triwulan, aset daerah, opini BPK, SP2D; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of ea6e95d): tables 10/10, roles 81/87, planted mistakes 10/12 (a JUMLAH that copies one program where its neighbours add two; a revenue's 's.d. Triwulan IV' summing three quarters, named inconsistent-formula only), no false alarm, one other error (the kondisi akhir Rp of that JUMLAH). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind332 } from "./build";

scoreFormSet(
  "the three-hundred-and-thirty-second form set (test/forms-blind332)",
  writeFormsBlind332,
  { books: 6, tables: 10, findings: 12 },
  [],
  [
    // the old dispute, left: revenue's target and realisation as pagu and money realised (the set), read as target and realised
    "rekap-realisasi-apbd-opd-batu-pelangan-332.xlsx Realisasi APBD 2024 column I",
    "rekap-realisasi-apbd-opd-batu-pelangan-332.xlsx Realisasi APBD 2024 column J",
    "rekap-realisasi-apbd-opd-batu-pelangan-332.xlsx Realisasi APBD 2024 column K",
    "rekap-realisasi-apbd-opd-batu-pelangan-332.xlsx Realisasi APBD 2024 column L",
    "rekap-realisasi-apbd-opd-batu-pelangan-332.xlsx Realisasi APBD 2024 column M",
    "rekap-realisasi-apbd-opd-batu-pelangan-332.xlsx Realisasi APBD 2024 column N",
  ],
);
