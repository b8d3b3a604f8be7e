// The checker on the six workbooks of test/forms-blind339 (a Dinas Tenaga Kerja: tingkat pengangguran terbuka, penempatan per kecamatan, pelatihan BLK per kejuruan, perselisihan hubungan industrial, pengawasan K3; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of e05c6f2): tables 9/9, roles 90/96, planted mistakes 11/12 (a T-C.27 kondisi akhir of 'peserta pelatihan' typed as the last target among counts that add up, not named), no false alarm, two other errors (a serapan over 100 % that follows the planted (13) Rp, and a predikat the set did not plant). A regression test of what the engine does,
// the misses listed below. Since: 'peserta pelatihan' counts each year's trainees; a serapan formula over 100 % reads its two cells, so a slip in them names it.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind339 } from "./build";

scoreFormSet(
  "the three-hundred-and-thirty-ninth form set (test/forms-blind339)",
  writeFormsBlind339,
  { books: 6, tables: 9, findings: 12 },
  [
    // true of the sheet, not planted: 'Sangat Rendah' for a Rp rata-rata of 71,3 (Sedang; 63,2 with the planted (13) Rp mended, Rendah)
    "e81-disnaker-lembah-sarimbun-339.xlsx E81 TW IV 2024!Y20",
  ],
  [
    // recap convention, left: the program column of the PK's program table read as indicator names (the set: nothing)
    "pk-2025-disnaker-teluk-rangkas-339.xlsx PK 2025 column B",
    // recap convention, left: pencari kerja terdaftar and peserta read as targets, the shares ditempatkan and kelulusan as their capaian (the set: nothing, or realisasi); the tingkat penyelesaian (3+4)/2 read as nothing (the set: capaian)
    "rekap-penempatan-pelatihan-blk-lembah-sarimbun-339.xlsx Penempatan 2024 column B",
    "rekap-penempatan-pelatihan-blk-lembah-sarimbun-339.xlsx Penempatan 2024 column H",
    "rekap-penempatan-pelatihan-blk-lembah-sarimbun-339.xlsx Penempatan 2024 column L",
    "rekap-penempatan-pelatihan-blk-lembah-sarimbun-339.xlsx Penempatan 2024 column N",
    "rekap-perselisihan-hi-k3-teluk-rangkas-339.xlsx PHI dan K3 2024 column G",
  ],
);
