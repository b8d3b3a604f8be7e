// The checker on the six workbooks of test/forms-blind293 (the DLH on ruang terbuka hijau: luas RTH publik, pohon ditanam, taman kota dikelola and kualitas udara (ISPU); written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 8eb0ffe): tables 9/9, roles 83/97 (an air-quality 'Stasiun Pemantau' not read as the place), planted mistakes 11/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind293 } from "./build";

scoreFormSet(
  "the two-hundred-and-ninety-third form set (test/forms-blind293)",
  writeFormsBlind293,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: trees planted whose kondisi akhir is the last year's target, as the table's other counts take theirs (the set: the sum)
    "tc27-renstra-dlh-lembah-sawir-rth-ispu.xlsx Tabel 5.1!P12",
    // recap conventions, left: a kecamatan's area and its green space by kind as target and realised (the set: nothing)
    "rekap-luas-rth-publik-per-kecamatan-teluk-baruna.xlsx RTH Kecamatan column C",
    "rekap-luas-rth-publik-per-kecamatan-teluk-baruna.xlsx RTH Kecamatan column D",
    "rekap-luas-rth-publik-per-kecamatan-teluk-baruna.xlsx RTH Kecamatan column E",
    "rekap-luas-rth-publik-per-kecamatan-teluk-baruna.xlsx RTH Kecamatan column F",
    "rekap-luas-rth-publik-per-kecamatan-teluk-baruna.xlsx RTH Kecamatan column G",
    "rekap-luas-rth-publik-per-kecamatan-teluk-baruna.xlsx RTH Kecamatan column I",
    // recap conventions, left: the share of seedlings alive and the quarterly ISPU averages as nothing, the ISPU category as a predikat (the set: capaian, realised, keterangan)
    "rekap-penanaman-pohon-dan-ispu-lembah-sawir-2024.xlsx Pohon dan ISPU 2024 column J",
    "rekap-penanaman-pohon-dan-ispu-lembah-sawir-2024.xlsx Pohon dan ISPU 2024 column O",
    "rekap-penanaman-pohon-dan-ispu-lembah-sawir-2024.xlsx Pohon dan ISPU 2024 column P",
    "rekap-penanaman-pohon-dan-ispu-lembah-sawir-2024.xlsx Pohon dan ISPU 2024 column Q",
    "rekap-penanaman-pohon-dan-ispu-lembah-sawir-2024.xlsx Pohon dan ISPU 2024 column R",
    "rekap-penanaman-pohon-dan-ispu-lembah-sawir-2024.xlsx Pohon dan ISPU 2024 column S",
    "rekap-penanaman-pohon-dan-ispu-lembah-sawir-2024.xlsx Pohon dan ISPU 2024 column T",
  ],
);
