// The checker on the six workbooks of test/forms-blind299 (waste management at DLH: pengurangan and penanganan sampah (Jakstrada), TPA, bank sampah, TPS3R, timbulan sampah, retribusi persampahan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 00a56cc): tables 9/9, roles 85/91, planted mistakes 11/12 (an E.81's Renstra capaian typed as its realisation: 'Target Renstra DLH Tahun 2026' was not read as the end-period target, no period being named above the form), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind299 } from "./build";

scoreFormSet(
  "the two-hundred-and-ninety-ninth form set (test/forms-blind299)",
  writeFormsBlind299,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-dlh-sampah-tanjung-mirah.xlsx T-C.27 DLH column Q",
    // recap conventions, left: population, waste generated and left unmanaged as nothing and '% Terkelola' as capaian (the set), where the engine guesses realisations and reads the share as nothing
    "rekap-timbulan-sampah-per-kecamatan-batang-lisu.xlsx Rekap Kecamatan column C",
    "rekap-timbulan-sampah-per-kecamatan-batang-lisu.xlsx Rekap Kecamatan column D",
    "rekap-timbulan-sampah-per-kecamatan-batang-lisu.xlsx Rekap Kecamatan column H",
    "rekap-timbulan-sampah-per-kecamatan-batang-lisu.xlsx Rekap Kecamatan column I",
    // disputed, left: a revenue's 'Target 2024 (Rp)' is its anggaran, the money planned (the set: target)
    "retribusi-persampahan-bank-sampah-tw-tanjung-mirah.xlsx Retribusi TW 2024 column C",
  ],
);
