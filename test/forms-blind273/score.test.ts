// The checker on the six workbooks of test/forms-blind273 (the Dinas Koperasi dan UKM on koperasi aktif and RAT, NPL, UMKM naik kelas and NIB via OSS; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 7b5b1a8): tables 9/9, roles 77/85, planted mistakes 10/12 (R/T on 'Rasio pinjaman bermasalah (NPL)' not named; a typed year total in a column of no role), 1 false alarm ('koperasi aktif yang tidak melaksanakan RAT' guessed more-is-better from 'aktif'), 1 other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind273 } from "./build";

scoreFormSet(
  "the two-hundred-and-seventy-third form set (test/forms-blind273)",
  writeFormsBlind273,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-2025-2029-diskopukm-banua-tangkal.xlsx Tabel T-C.27 column Q",
    // recap conventions, left: active cooperatives as a target (the set: realised); a quarterly report's counts of UMKM coached, trained and graduating as nothing and a training's cost as a budget (the set: realised, realised Rp)
    "rekap-koperasi-rat-shu-per-kecamatan-lembah-sirandah.xlsx Rekap Kec 2024 column C",
    "rekap-umkm-nib-oss-pendampingan-triwulan-banua-tangkal.xlsx UMKM 2024 column B",
    "rekap-umkm-nib-oss-pendampingan-triwulan-banua-tangkal.xlsx UMKM 2024 column C",
    "rekap-umkm-nib-oss-pendampingan-triwulan-banua-tangkal.xlsx UMKM 2024 column D",
    "rekap-umkm-nib-oss-pendampingan-triwulan-banua-tangkal.xlsx UMKM 2024 column H",
    "rekap-umkm-nib-oss-pendampingan-triwulan-banua-tangkal.xlsx UMKM 2024 column M",
    "rekap-umkm-nib-oss-pendampingan-triwulan-banua-tangkal.xlsx UMKM 2024 column N",
    // left: the year row's typed count of UMKM naik kelas in a column of no role, its SUM neighbours beside it (a column of no certain meaning is not summed)
    "rekap-umkm-nib-oss-pendampingan-triwulan-banua-tangkal.xlsx UMKM 2024!H12",
  ],
);
