// The checker on the six workbooks of test/forms-blind322 (Dinas Koperasi dan UKM: koperasi sehat and RAT per kecamatan, UMKM naik kelas, KUR per triwulan, pelatihan UMKM; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of c0d868f): tables 9/9, roles 89/96, planted mistakes 11/12, no false alarm, one other finding (the training's typed Jumlah Realisasi, which the planted realisation above its pagu leaves 9.000.000 short: true of the sheet, kept). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind322 } from "./build";

scoreFormSet(
  "the three-hundred-and-twenty-second form set (test/forms-blind322)",
  writeFormsBlind322,
  { books: 6, tables: 9, findings: 12 },
  [
    // an error the sheet's numbers support, neither planted nor listed clean: the training's typed
    // Jumlah Realisasi, 9.000.000 short of its rows once M8 was raised above its pagu
    "rekap-kur-pelatihan-umkm-triwulan-banua-rindang-322.xlsx KUR & Pelatihan 2024!M11",
  ],
  [
    // rule name, left: a sub kegiatan's Rp typed ten times named target-outlier, which says the kegiatan total it breaks (the set: number-scale or sum-mismatch)
    "tc27-diskopukm-banua-rindang-322.xlsx T-C.27!J18",
    // recap conventions, left: active cooperatives as nothing and those audited healthy as realised (the set), read the other way; shares as capaian (the set), read as nothing; a training's name as indikator and its participants as realised (the set)
    "rekap-kesehatan-koperasi-rat-per-kecamatan-lembah-sirandah-322.xlsx Rekap Kesehatan 2024 column B",
    "rekap-kesehatan-koperasi-rat-per-kecamatan-lembah-sirandah-322.xlsx Rekap Kesehatan 2024 column D",
    "rekap-kesehatan-koperasi-rat-per-kecamatan-lembah-sirandah-322.xlsx Rekap Kesehatan 2024 column H",
    "rekap-kesehatan-koperasi-rat-per-kecamatan-lembah-sirandah-322.xlsx Rekap Kesehatan 2024 column J",
    "rekap-kur-pelatihan-umkm-triwulan-banua-rindang-322.xlsx KUR & Pelatihan 2024 column H",
    "rekap-kur-pelatihan-umkm-triwulan-banua-rindang-322.xlsx KUR & Pelatihan 2024 column K",
    // the kondisi akhir's Rp as pagu (the set), read as the end-period condition
    "tc27-diskopukm-banua-rindang-322.xlsx T-C.27 column R",
  ],
);
