// The checker on the six workbooks of test/forms-blind347 (a Badan Kesbangpol: pendidikan politik, konflik sosial per kecamatan, ormas per bidang with activities per triwulan, FKDM dan Kominda; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 16b561b): tables 9/9, roles 81/87, planted mistakes 12/12, no false alarm, one other error (a predikat the set did not plant). Scored after the set's (12) K formulas were mended: as written they summed the K and Rp columns together (SUM(K:Q)), against its own README. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind347 } from "./build";

scoreFormSet(
  "the three-hundred-and-forty-seventh form set (test/forms-blind347)",
  writeFormsBlind347,
  { books: 6, tables: 9, findings: 12 },
  [
    // true of the sheet, not planted: 'Sangat Tinggi' for a Rp rata-rata of 76,55 (Tinggi)
    "e81-kesbangpol-lembah-sinarang-347.xlsx E81 TW IV 2024!X20",
  ],
  [
    // convention, left: the E.81's Renstra end-period K read as the target of 2026 (the set: kondisi-akhir)
    "e81-kesbangpol-lembah-sinarang-347.xlsx E81 TW IV 2024 column E",
    // recap convention, left: the share of conflicts handled as nothing, the ormas' registered at the year's start and end as realised, their share reporting as capaian and its neighbour as nothing (the set: capaian, kondisi-awal, kondisi-akhir, realisasi)
    "rekap-konflik-sosial-per-kecamatan-lembah-sinarang-347.xlsx Konflik 2024 column H",
    "rekap-ormas-pendidikan-politik-batu-pandan-347.xlsx Rekap 2024 column C",
    "rekap-ormas-pendidikan-politik-batu-pandan-347.xlsx Rekap 2024 column F",
    "rekap-ormas-pendidikan-politik-batu-pandan-347.xlsx Rekap 2024 column H",
    "rekap-ormas-pendidikan-politik-batu-pandan-347.xlsx Rekap 2024 column G",
  ],
);
