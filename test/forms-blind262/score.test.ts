// The checker on the six workbooks of test/forms-blind262 (the Bapenda on PBJT, pajak reklame, tapping box and tunggakan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of aa4772a): tables 9/9, roles 76/86, planted mistakes 11/12 (an E.81 capaian s.d. holding 12/7 where 13/5 is meant, its 'Target Renstra PD Tahun 2026' not read as the end-period target), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind262 } from "./build";

scoreFormSet(
  "the two-hundred-and-sixty-second form set (test/forms-blind262)",
  writeFormsBlind262,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-bapenda-pajak-daerah-lembah-wailoa.xlsx Tabel 6.1 column Q",
    // disputed, left (revenue in Rp): a tax's target and quarterly receipts read as target and realised (the set: money, anggaran and realisasi-anggaran; other sets want target and realised)
    "rekap-realisasi-pbjt-reklame-triwulan-rantau-sipora.xlsx Realisasi per Jenis 2024 column C",
    "rekap-realisasi-pbjt-reklame-triwulan-rantau-sipora.xlsx Realisasi per Jenis 2024 column D",
    "rekap-realisasi-pbjt-reklame-triwulan-rantau-sipora.xlsx Realisasi per Jenis 2024 column E",
    "rekap-realisasi-pbjt-reklame-triwulan-rantau-sipora.xlsx Realisasi per Jenis 2024 column F",
    "rekap-realisasi-pbjt-reklame-triwulan-rantau-sipora.xlsx Realisasi per Jenis 2024 column G",
    "rekap-realisasi-pbjt-reklame-triwulan-rantau-sipora.xlsx Realisasi per Jenis 2024 column H",
    // recap conventions, left: the share of taxpayers with a tapping box as nothing (the set: capaian); arrears owed and collected in Rp as money (the set: target, realised)
    "rekap-wp-tappingbox-tunggakan-lembah-wailoa.xlsx WP dan Tapping Box column H",
    "rekap-wp-tappingbox-tunggakan-lembah-wailoa.xlsx WP dan Tapping Box column K",
    "rekap-wp-tappingbox-tunggakan-lembah-wailoa.xlsx WP dan Tapping Box column L",
  ],
);
