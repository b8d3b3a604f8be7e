// The checker on the six workbooks of test/forms-blind235 (a Dinas Perhubungan on street parking, periodic vehicle tests (KIR) and street lighting, Kepulauan Riau and Jawa Barat; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 4f7c155): tables 9/9, roles 81/91, planted mistakes 12/13 (a name's own '(semakin kecil semakin baik)' not read), no false alarm, one other finding (an error on the predikat that follows the capaian). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind235 } from "./build";

scoreFormSet(
  "the two-hundred-and-thirty-fifth form set (test/forms-blind235)",
  writeFormsBlind235,
  { books: 6, tables: 9, findings: 13 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-pju-parkir-dishub-sindang-barat-b235.xlsx Tabel 6.1 column S",
    // recap conventions, left: a levy's target and quarters in Rp read as money (the set: target, realised), vehicles due and tested (the set: target, realised), a levy collected as a budget
    "rekap-retribusi-parkir-tepi-jalan-tanjung-serai-b235.xlsx Retribusi Parkir 2024 column G",
    "rekap-retribusi-parkir-tepi-jalan-tanjung-serai-b235.xlsx Retribusi Parkir 2024 column H",
    "rekap-retribusi-parkir-tepi-jalan-tanjung-serai-b235.xlsx Retribusi Parkir 2024 column I",
    "rekap-retribusi-parkir-tepi-jalan-tanjung-serai-b235.xlsx Retribusi Parkir 2024 column J",
    "rekap-retribusi-parkir-tepi-jalan-tanjung-serai-b235.xlsx Retribusi Parkir 2024 column K",
    "rekap-retribusi-parkir-tepi-jalan-tanjung-serai-b235.xlsx Retribusi Parkir 2024 column L",
    "rekap-uji-kir-dan-pju-sindang-barat-b235.xlsx Rekap UPTD 2024 column B",
    "rekap-uji-kir-dan-pju-sindang-barat-b235.xlsx Rekap UPTD 2024 column C",
    "rekap-uji-kir-dan-pju-sindang-barat-b235.xlsx Rekap UPTD 2024 column G",
  ],
);
