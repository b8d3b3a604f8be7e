// The checker on the six workbooks of test/forms-blind112 (Dinas Kesehatan and puskesmas of a kabupaten in Kalimantan Selatan
// and a kota in Maluku Utara; written without reading src/ or the commit subjects). First score, before the detector saw them
// (engine of 563ffef): tables 9/9, roles 95/98, planted mistakes 10/12, one false alarm and three unlisted warnings. The set's
// T-C.27 first summed its counts' kondisi akhir over the Target and Rp columns alike (=SUM(H14:P14)); fixed in the set, the
// targets added one by one. Fixed after: "indikator 1-3 berpolaritas negatif" names a run of rows (the maternal deaths' R / T
// found, the gizi buruk's refleksi no longer called wrong); "Jumlah balita yang mendapatkan pelayanan kesehatan sesuai
// standar" and "... yang memperoleh alat kesehatan sesuai standar" count what was received in the period, not a stock (two
// quarter sums no longer called inconsistent, a falling count of yearly purchases no trend); "Data Capaian pada Tahun Awal
// Perencanaan" of a Renstra 2025-2029 is of 2024. A regression test of what the engine does, the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind112 } from "./build";

const SPM = "rekap-spm-kesehatan-puskesmas-meratus-selatan-2024.xlsx";

scoreFormSet(
  "the hundred-and-twelfth form set (test/forms-blind112)",
  writeFormsBlind112,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the puskesmas naming the rows of an SPM recap read as places (the set: indicator)
    `${SPM} SPM Kesehatan 2024 column B`,
    `${SPM} SPM Kesehatan 2024 column K`,
  ],
);
