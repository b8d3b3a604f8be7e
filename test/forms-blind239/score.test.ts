// The checker on the six workbooks of test/forms-blind239 (a Dinas Perindustrian on IKM: halal and SNI certification, sentra IKM, production value and workers; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 1ae929d): tables 8/8, roles 86/91, planted mistakes 10/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind239 } from "./build";

scoreFormSet(
  "the two-hundred-and-thirty-ninth form set (test/forms-blind239)",
  writeFormsBlind239,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // left: a typed quarter-on-quarter growth in a column of no role
    "rekap-triwulan-sertifikasi-produksi-ikm-serayu-hilir-2024.xlsx Rekap TW 2024!G11",
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-2025-2029-disperin-tanjung-batuah.xlsx Tabel 6.1 column Q",
    // recap conventions, left: a remarks column holding '+' / '-' read as the polarity, IKM units as a target, a share halal as capaian (the set: nothing), a production value in Rp juta as nothing
    "lkjip-2024-capaian-disperin-lembah-serayu-hilir.xlsx Capaian 2024 column J",
    "rekap-sentra-ikm-per-kecamatan-tanjung-batuah-2024.xlsx Sentra IKM 2024 column D",
    "rekap-sentra-ikm-per-kecamatan-tanjung-batuah-2024.xlsx Sentra IKM 2024 column G",
    "rekap-triwulan-sertifikasi-produksi-ikm-serayu-hilir-2024.xlsx Rekap TW 2024 column F",
  ],
);
