// The checker on the six workbooks of test/forms-blind227 (a Dinas Pendidikan on PAUD and pendidikan kesetaraan: APK PAUD, angka putus sekolah, Paket A/B/C; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 93d7779): tables 9/9, roles 81/88, planted mistakes 12/13, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind227 } from "./build";

scoreFormSet(
  "the two-hundred-and-twenty-seventh form set (test/forms-blind227)",
  writeFormsBlind227,
  { books: 6, tables: 9, findings: 13 },
  [],
  [
    // left: a side table of two levels and their Jumlah has one data row with the column's formula, too few to hold a typed rate to it
    "apk-paud-per-kecamatan-dan-putus-sekolah-batu-belaman.xlsx APK PAUD 2024!M9",
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-pendanaan-dikmas-paud-batu-belaman.xlsx T-C.27 Renstra column R",
    // recap conventions, left: learners counted and a pass rate (the set: realised, capaian); a dropout rate read as its ratio's capaian (the set: realised)
    "rekap-warga-belajar-paket-abc-per-kecamatan-sungai-rayun.xlsx Kesetaraan 2023-2024 column D",
    "rekap-warga-belajar-paket-abc-per-kecamatan-sungai-rayun.xlsx Kesetaraan 2023-2024 column E",
    "rekap-warga-belajar-paket-abc-per-kecamatan-sungai-rayun.xlsx Kesetaraan 2023-2024 column F",
    "rekap-warga-belajar-paket-abc-per-kecamatan-sungai-rayun.xlsx Kesetaraan 2023-2024 column G",
    "rekap-warga-belajar-paket-abc-per-kecamatan-sungai-rayun.xlsx Kesetaraan 2023-2024 column J",
    "apk-paud-per-kecamatan-dan-putus-sekolah-batu-belaman.xlsx APK PAUD 2024 column M",
  ],
);
