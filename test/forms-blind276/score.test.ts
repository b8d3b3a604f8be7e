// The checker on the six workbooks of test/forms-blind276 (the Disperkim on RTLH by fund, kawasan kumuh, PSU handed over and houses of disaster victims; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 7b5b1a8): tables 9/9, roles 72/87, planted mistakes 12/12, 1 false alarm (a note on 'luas kawasan kumuh' as a year-end condition read onto 'Luas kawasan kumuh yang ditangani', whose sum is right), 1 other finding (a swapped-digit suspicion that only repeats a neighbour). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind276 } from "./build";

scoreFormSet(
  "the two-hundred-and-seventy-sixth form set (test/forms-blind276)",
  writeFormsBlind276,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-disperkim-watu-ampel-2025-2029.xlsx TC-27 column Q",
    // recap conventions, left: houses handled counted by the fund that paid (BSPS, APBD) read as budgets, the stock at the start and end as nothing (the set: kondisi awal, realised, capaian, kondisi akhir)
    "rekap-rtlh-per-kecamatan-sumber-dana-batang-sikumbang-2024.xlsx RTLH 2024 column C",
    "rekap-rtlh-per-kecamatan-sumber-dana-batang-sikumbang-2024.xlsx RTLH 2024 column D",
    "rekap-rtlh-per-kecamatan-sumber-dana-batang-sikumbang-2024.xlsx RTLH 2024 column E",
    "rekap-rtlh-per-kecamatan-sumber-dana-batang-sikumbang-2024.xlsx RTLH 2024 column F",
    "rekap-rtlh-per-kecamatan-sumber-dana-batang-sikumbang-2024.xlsx RTLH 2024 column G",
    "rekap-rtlh-per-kecamatan-sumber-dana-batang-sikumbang-2024.xlsx RTLH 2024 column H",
    "rekap-rtlh-per-kecamatan-sumber-dana-batang-sikumbang-2024.xlsx RTLH 2024 column I",
    // recap conventions, left: slum area at the start and at the end as realised, PSU handed over as nothing or money (the set: kondisi awal, kondisi akhir, capaian, realised)
    "kawasan-kumuh-dan-serah-terima-psu-watu-ampel-2024.xlsx Kumuh & PSU 2024 column C",
    "kawasan-kumuh-dan-serah-terima-psu-watu-ampel-2024.xlsx Kumuh & PSU 2024 column E",
    "kawasan-kumuh-dan-serah-terima-psu-watu-ampel-2024.xlsx Kumuh & PSU 2024 column F",
    "kawasan-kumuh-dan-serah-terima-psu-watu-ampel-2024.xlsx Kumuh & PSU 2024 column I",
    "kawasan-kumuh-dan-serah-terima-psu-watu-ampel-2024.xlsx Kumuh & PSU 2024 column J",
    "kawasan-kumuh-dan-serah-terima-psu-watu-ampel-2024.xlsx Kumuh & PSU 2024 column K",
    "kawasan-kumuh-dan-serah-terima-psu-watu-ampel-2024.xlsx Kumuh & PSU 2024 column L",
  ],
);
