// The checker on the six workbooks of test/forms-blind287 (the Dinas Perhubungan on urban public transport (buy-the-service koridor, halte, load factor, subsidi per km) and angkutan pelajar; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of f9d0a89): tables 9/9, roles 81/86 (a bus corridor not read as a place), planted mistakes 12/12, 1 false alarm ('Jumlah kecelakaan yang melibatkan angkutan umum' read as more-is-better by its clause), no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind287 } from "./build";

scoreFormSet(
  "the two-hundred-and-eighty-seventh form set (test/forms-blind287)",
  writeFormsBlind287,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-dishub-angkutan-perkotaan-banyu-arum.xlsx T-C.27 Dishub column Q",
    // recap conventions, left: a quarterly operations table beside the school-transport recap, its trips and riders as nothing and its operating cost as a budget (the set: realised, money spent)
    "rekap-angkutan-pelajar-kecamatan-triwulan-banyu-arum.xlsx Angkutan Pelajar 2024 column I",
    "rekap-angkutan-pelajar-kecamatan-triwulan-banyu-arum.xlsx Angkutan Pelajar 2024 column J",
    "rekap-angkutan-pelajar-kecamatan-triwulan-banyu-arum.xlsx Angkutan Pelajar 2024 column L",
  ],
);
