// The checker on the six workbooks of test/forms-blind221 (a Dinas Perpustakaan on perpustakaan keliling, perpustakaan desa / sekolah, koleksi and kunjungan, Jambi and Kalimantan Barat; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of d1ca048): tables 9/9, roles 83/87, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind221 } from "./build";

scoreFormSet(
  "the two-hundred-and-twenty-first form set (test/forms-blind221)",
  writeFormsBlind221,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-2025-2029-dinpus-tanjung-pamali.xlsx T-C.27 Dinpus column R",
    // recap conventions, left: a coverage share and a cumulative share kept no role (the set: capaian; realised); a collection at the start of the year read as realised (the set: kondisi-awal)
    "rekap-mobil-keliling-per-kecamatan-2024-lembah-sirih.xlsx Keliling 2024 column E",
    "triwulan-pembinaan-dan-mutasi-koleksi-2024-tanjung-pamali.xlsx Rekap 2024 column E",
    "triwulan-pembinaan-dan-mutasi-koleksi-2024-tanjung-pamali.xlsx Rekap 2024 column H",
  ],
);
