// The checker on the six workbooks of test/forms-blind225 (a Dinas Perikanan on TPI: ikan dilelang, retribusi lelang and kapal nelayan, Bengkulu and Nusa Tenggara Barat; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 93d7779): tables 9/9, roles 79/88, planted mistakes 9/12 (a note calling indicators 3 and 4 'bersifat negatif' not read; a TOTAL % that AVERAGEs the kecamatan shares; an E.81 predikat), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind225 } from "./build";

scoreFormSet(
  "the two-hundred-and-twenty-fifth form set (test/forms-blind225)",
  writeFormsBlind225,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the E.81's predikat 'Sedang' is named in the finding on the typed (12) K of S15 that moves it (fixed, the average is 75,78: 'Sedang' may then be right)
    "e81-evaluasi-renja-tpi-perikanan-muara-sengkarang.xlsx Evaluasi Renja 2024!W17",
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-pendanaan-tpi-dkp-labuhan-tampeng.xlsx Tabel 6.1 column Q",
    // recap conventions, left: an auction's kilograms and value, a levy's target and realisation in Rp (read as money), a share of licensed boats and the quarters' counts (the set: realised, target, capaian)
    "rekap-lelang-retribusi-per-tpi-muara-sengkarang-2024.xlsx Rekap TPI 2024 column D",
    "rekap-lelang-retribusi-per-tpi-muara-sengkarang-2024.xlsx Rekap TPI 2024 column E",
    "rekap-lelang-retribusi-per-tpi-muara-sengkarang-2024.xlsx Rekap TPI 2024 column F",
    "rekap-lelang-retribusi-per-tpi-muara-sengkarang-2024.xlsx Rekap TPI 2024 column G",
    "kapal-nelayan-ukuran-gt-pas-kecil-labuhan-tampeng.xlsx Kapal 2024 column H",
    "kapal-nelayan-ukuran-gt-pas-kecil-labuhan-tampeng.xlsx Kapal 2024 column K",
    "kapal-nelayan-ukuran-gt-pas-kecil-labuhan-tampeng.xlsx Kapal 2024 column L",
    "kapal-nelayan-ukuran-gt-pas-kecil-labuhan-tampeng.xlsx Kapal 2024 column M",
  ],
);
