// The checker on the six workbooks of test/forms-blind275 (the BKPSDM on ASN training, profesionalitas, kenaikan pangkat, PPPK selection and pensiun; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 7b5b1a8): tables 9/9, roles 83/91, planted mistakes 10/12 (a typed Jumlah of a pension table whose total row computes it as =K11+L11+M11 not held to that sum, its column total named instead), no false alarm, 1 other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind275 } from "./build";

scoreFormSet(
  "the two-hundred-and-seventy-fifth form set (test/forms-blind275)",
  writeFormsBlind275,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: a stale '% Tepat Waktu' of a recap named ratio-components-mismatch (the set: capaian-mismatch); the recap's proposals and outcomes as nothing (the set: target, realised, capaian)
    "rekap-kenaikan-pangkat-per-periode-tanah-rawing-2024.xlsx Rekap KP 2024 column C",
    "rekap-kenaikan-pangkat-per-periode-tanah-rawing-2024.xlsx Rekap KP 2024 column D",
    "rekap-kenaikan-pangkat-per-periode-tanah-rawing-2024.xlsx Rekap KP 2024 column E",
    "rekap-kenaikan-pangkat-per-periode-tanah-rawing-2024.xlsx Rekap KP 2024 column F",
    "rekap-kenaikan-pangkat-per-periode-tanah-rawing-2024.xlsx Rekap KP 2024 column H",
    "rekap-kenaikan-pangkat-per-periode-tanah-rawing-2024.xlsx Rekap KP 2024!H10",
    // recap conventions, left: applicants and those passing the first stage as realised (the set: nothing)
    "seleksi-pppk-dan-pensiun-asn-sungai-lintah-2024.xlsx PPPK & Pensiun 2024 column D",
    "seleksi-pppk-dan-pensiun-asn-sungai-lintah-2024.xlsx PPPK & Pensiun 2024 column E",
  ],
);
