// The checker on the six workbooks of test/forms-blind311 (the Badan Pendapatan Daerah: pajak daerah per jenis and per triwulan, retribusi, piutang PBB-P2 per kecamatan and PBB-P2 per triwulan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 01e4ddf): tables 10/10, roles 79/91, planted mistakes 11/12 (a typed 104,62 % share of receivables collected, over a sum of two cells), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind311 } from "./build";

scoreFormSet(
  "the three-hundred-and-eleventh form set (test/forms-blind311)",
  writeFormsBlind311,
  { books: 6, tables: 10, findings: 12 },
  [],
  [
    // the old dispute, left: tax revenue in Rp as target and realisation (the set), read as pagu and money realised
    "realisasi-pad-per-jenis-pajak-sawang-kidul-311.xlsx Realisasi PAD 2024 column C",
    "realisasi-pad-per-jenis-pajak-sawang-kidul-311.xlsx Realisasi PAD 2024 column D",
    "realisasi-pad-per-jenis-pajak-sawang-kidul-311.xlsx Realisasi PAD 2024 column E",
    "realisasi-pad-per-jenis-pajak-sawang-kidul-311.xlsx Realisasi PAD 2024 column F",
    "realisasi-pad-per-jenis-pajak-sawang-kidul-311.xlsx Realisasi PAD 2024 column G",
    "realisasi-pad-per-jenis-pajak-sawang-kidul-311.xlsx Realisasi PAD 2024 column H",
    "piutang-pbb-p2-per-kecamatan-teluk-sirandah-311.xlsx Piutang PBB-P2 2024 column K",
    "piutang-pbb-p2-per-kecamatan-teluk-sirandah-311.xlsx Piutang PBB-P2 2024 column L",
    "piutang-pbb-p2-per-kecamatan-teluk-sirandah-311.xlsx Piutang PBB-P2 2024 column M",
  ],
);
