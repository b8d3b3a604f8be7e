// The checker on the six workbooks of test/forms-blind328 (a Kecamatan: PATEN, layanan administrasi kependudukan, musrenbang, PBB-P2 per desa and per triwulan, pembinaan desa; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of a20ce3e): tables 10/10, roles 80/92, planted mistakes 11/12, no false alarm, two other warnings (a typed kondisi akhir Rp right but for a year's Rp typed ten times, and a share above 100 % that reads a stale total: both consequences, now named in their cause's finding). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind328 } from "./build";

scoreFormSet(
  "the three-hundred-and-twenty-eighth form set (test/forms-blind328)",
  writeFormsBlind328,
  { books: 6, tables: 10, findings: 12 },
  [],
  [
    // rule name, left: a year's Rp typed ten times named target-outlier, which says the kondisi akhir it breaks (the set: number-scale or sum-mismatch)
    "tc27-renstra-kec-bayu-utara-2025-2029-b328.xlsx T-C.27!K13",
    // recap conventions, left: requests per quarter and those settled on time as nothing (the set), read as realised; PBB-P2 target and realisation as realised and target (the set), read as pagu and money realised; the kondisi akhir's Rp as pagu (the set)
    "tc27-renstra-kec-bayu-utara-2025-2029-b328.xlsx T-C.27 column Q",
    "rekap-pbb-p2-kec-gunungwangi-2024-b328.xlsx Rekap PBB-P2 column D",
    "rekap-pbb-p2-kec-gunungwangi-2024-b328.xlsx Rekap PBB-P2 column E",
    "rekap-pbb-p2-kec-gunungwangi-2024-b328.xlsx Rekap PBB-P2 column B",
    "rekap-pbb-p2-kec-gunungwangi-2024-b328.xlsx Rekap PBB-P2 column C",
    "rekap-paten-musrenbang-kec-bayu-utara-2024-b328.xlsx Rekap Layanan 2024 column C",
    "rekap-paten-musrenbang-kec-bayu-utara-2024-b328.xlsx Rekap Layanan 2024 column D",
    "rekap-paten-musrenbang-kec-bayu-utara-2024-b328.xlsx Rekap Layanan 2024 column E",
    "rekap-paten-musrenbang-kec-bayu-utara-2024-b328.xlsx Rekap Layanan 2024 column F",
    "rekap-paten-musrenbang-kec-bayu-utara-2024-b328.xlsx Rekap Layanan 2024 column G",
    "rekap-paten-musrenbang-kec-bayu-utara-2024-b328.xlsx Rekap Layanan 2024 column H",
  ],
);
