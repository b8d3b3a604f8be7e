// The checker on the six workbooks of test/forms-blind300 (the DP3AP2KB: keluarga berencana (CPR, unmet need, peserta KB aktif), kasus kekerasan terhadap perempuan dan anak ditangani, KLA, PUG, stunting audit; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 00a56cc): tables 9/9, roles 80/86, planted mistakes 10/12 (a KLA total share typed as the mean of the klaster beside rows that compute their own ratio; a stale '% Tertangani' named ratio-components-mismatch), one false alarm ('baduta stunting yang diaudit (Audit Kasus Stunting)' read lower-is-better), no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind300 } from "./build";

scoreFormSet(
  "the three-hundredth form set (test/forms-blind300)",
  writeFormsBlind300,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-pug-dp3a-rawa-kemuning-2025-2029.xlsx Tabel 6.1 column R",
    // recap conventions, left: MKJP and non-MKJP users as realisations (the set), where the engine reads the parts as nothing; victims reported as a target and '% Tertangani' as capaian, the KLA klaster as the indicator (the set)
    "rekap-peserta-kb-aktif-unmet-need-kecamatan-pasir-meraung.xlsx PA per Kecamatan column D",
    "rekap-peserta-kb-aktif-unmet-need-kecamatan-pasir-meraung.xlsx PA per Kecamatan column E",
    "rekap-uptd-ppa-korban-kekerasan-kla-rawa-kemuning-2024.xlsx UPTD PPA dan KLA 2024 column D",
    "rekap-uptd-ppa-korban-kekerasan-kla-rawa-kemuning-2024.xlsx UPTD PPA dan KLA 2024 column F",
    "rekap-uptd-ppa-korban-kekerasan-kla-rawa-kemuning-2024.xlsx UPTD PPA dan KLA 2024 column I",
    // disputed, left: a stale '% Tertangani' whose own formula gives 94,12 is ratio-components-mismatch (the set: capaian-mismatch)
    "rekap-uptd-ppa-korban-kekerasan-kla-rawa-kemuning-2024.xlsx UPTD PPA dan KLA 2024!F11",
  ],
);
