// The checker on the six workbooks of test/forms-blind352 (a Dinas Kelautan dan Perikanan: produksi perikanan tangkap per kecamatan per triwulan beside nelayan berasuransi, kapal per ukuran GT with growth, konsumsi ikan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 1cf98fc): tables 9/9 (8 exact: an E.81 whose number row starts at 3, its No and Sasaran columns left out, read the number row as its first data row), roles 89/93, planted mistakes 11/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below. Since: a long number row may start at 3.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind352 } from "./build";

scoreFormSet(
  "the three-hundred-and-fifty-second form set (test/forms-blind352)",
  writeFormsBlind352,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // not found, left: a (13) K typed 165 for a count of ships 'terdaftar' (a stock by its wording) whose quarters give 156 and whose last quarter is 41: neither reading holds, but the engine checks a stock's total only for a sum where the level belongs
    "e81-renja-dkp-teluk-damar-biru-352.xlsx E81 TW IV 2024!S12",
    // convention, left: the kondisi akhir Rp read as kondisi-akhir (the set: anggaran)
    "tc27-renstra-dkp-pantai-serunai-352.xlsx T-C.27 column Q",
    // recap convention, left: the PK's program column read as indicator names, the insured fishers' target as a target (the set: nothing), the growth of ships without its year
    "pk-2025-dkp-teluk-damar-biru-352.xlsx PK Kadis 2025 column B",
    "rekap-produksi-tangkap-nelayan-asuransi-teluk-damar-biru-352.xlsx Produksi 2025 column K",
    "rekap-kapal-perikanan-per-gt-pantai-serunai-352.xlsx Kapal 2025 column I",
  ],
);
