// The checker on the six workbooks of test/forms-blind272 (the Dinas Pertanian on hortikultura: cabai and bawang merah planted and harvested, registrasi kebun, PSAT, farm-gate prices; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of a271e76): tables 7/9 (a monthly price table beside a quarterly PSAT table, two empty columns between, read as one), roles 73/84, planted mistakes 12/12, no false alarm, 1 other finding (an E.81's (13) reported for a typed (12) K, whose bare 'Triwulan I > K' quarters were a guess). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind272 } from "./build";

scoreFormSet(
  "the two-hundred-and-seventy-second form set (test/forms-blind272)",
  writeFormsBlind272,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-pendanaan-renstra-distan-dolok-simarsik.xlsx Tabel 6.1 column Q",
    // recap conventions, left: productivity without its year and the share harvested as nothing (the set: nothing of 2024, capaian)
    "rekap-luas-tanam-panen-cabai-per-kecamatan-sariwangi.xlsx Cabai 2024 column F",
    "rekap-luas-tanam-panen-cabai-per-kecamatan-sariwangi.xlsx Cabai 2024 column G",
    // recap conventions, left: monthly farm-gate prices and their change over the month before as nothing (the set: realised, growth)
    "harga-petani-bulanan-dan-psat-dolok-simarsik.xlsx Harga & PSAT 2024 column B",
    "harga-petani-bulanan-dan-psat-dolok-simarsik.xlsx Harga & PSAT 2024 column C",
    "harga-petani-bulanan-dan-psat-dolok-simarsik.xlsx Harga & PSAT 2024 column D",
    "harga-petani-bulanan-dan-psat-dolok-simarsik.xlsx Harga & PSAT 2024 column E",
  ],
);
