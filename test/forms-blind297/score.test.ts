// The checker on the six workbooks of test/forms-blind297 (the water-supply section of Dinas PUPR and the PDAM: SPAM, sambungan rumah, akses air minum layak and aman, NRW, kapasitas terpasang versus terpakai; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 00a56cc): tables 7/9, roles 77/86, planted mistakes 10/12 (a treatment plants' capacity table beside the quarterly water loss was not found: 'Instalasi Pengolahan Air' was not read as the rows' place, so neither table was), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind297 } from "./build";

scoreFormSet(
  "the two-hundred-and-ninety-seventh form set (test/forms-blind297)",
  writeFormsBlind297,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "renstra-tc27-spam-pupr-sungai-bening-297.xlsx Tabel 6.1 column R",
    // recap conventions, left: installed and used capacity with their utilisation as target, realisation and capaian (the set), where the engine reads nothing; the quarters' produced, sold and lost water as nothing (the set), where the engine guesses target and realisations
    "rekap-nrw-kapasitas-ipa-sungai-bening-297.xlsx Kapasitas dan NRW 2024 column B",
    "rekap-nrw-kapasitas-ipa-sungai-bening-297.xlsx Kapasitas dan NRW 2024 column C",
    "rekap-nrw-kapasitas-ipa-sungai-bening-297.xlsx Kapasitas dan NRW 2024 column E",
    "rekap-nrw-kapasitas-ipa-sungai-bening-297.xlsx Kapasitas dan NRW 2024 column H",
    "rekap-nrw-kapasitas-ipa-sungai-bening-297.xlsx Kapasitas dan NRW 2024 column I",
    "rekap-nrw-kapasitas-ipa-sungai-bening-297.xlsx Kapasitas dan NRW 2024 column J",
  ],
);
