// The checker on the six workbooks of test/forms-blind317 (the Bappeda: indikator makro RPJMD (pertumbuhan ekonomi, PDRB per kapita, IPM, kemiskinan, TPT, gini), PDRB per lapangan usaha, serapan per triwulan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of fb6abe0): tables 9/9, roles 80/85, planted mistakes 11/12, no false alarm, two other errors (a count of reports whose quarters add up, read as a level by the 'per kapita' in its bracketed list of subjects). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind317 } from "./build";

scoreFormSet(
  "the three-hundred-and-seventeenth form set (test/forms-blind317)",
  writeFormsBlind317,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // recap conventions, left: PDRB by sector as realised (the set), read as money; a growth without its year; the poor as realised and the population as nothing (the set), read the other way
    "rekap-kemiskinan-tpt-per-kecamatan-lembah-sirandah-317.xlsx Rekap Kecamatan column C",
    "rekap-kemiskinan-tpt-per-kecamatan-lembah-sirandah-317.xlsx Rekap Kecamatan column E",
    "pdrb-lapangan-usaha-dan-serapan-triwulan-batu-pinang-317.xlsx Makro dan Anggaran column C",
    "pdrb-lapangan-usaha-dan-serapan-triwulan-batu-pinang-317.xlsx Makro dan Anggaran column D",
    "pdrb-lapangan-usaha-dan-serapan-triwulan-batu-pinang-317.xlsx Makro dan Anggaran column F",
  ],
);
