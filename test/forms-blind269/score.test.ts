// The checker on the six workbooks of test/forms-blind269 (the Bagian Hukum Setda on produk hukum daerah, harmonisasi, JDIH and bantuan hukum; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of a271e76): tables 7/9 (two recaps side by side, each led by a label merged over two header rows, not found), roles 67/78, planted mistakes 9/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind269 } from "./build";

scoreFormSet(
  "the two-hundred-and-sixty-ninth form set (test/forms-blind269)",
  writeFormsBlind269,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-pendanaan-bagian-hukum-tanjung-rawai.xlsx TC-27 column Q",
    // disputed, left: a stale '% Tepat Waktu' of a quarterly recap named ratio-components-mismatch (the set: capaian-mismatch); the column as nothing (the set: capaian)
    "rekap-produk-hukum-triwulan-batu-kendeng.xlsx Rekap 2024 column G",
    "rekap-produk-hukum-triwulan-batu-kendeng.xlsx Rekap 2024!G9",
    // recap conventions, left: drafts submitted as realised (the set: target); the share on time as nothing (the set: capaian)
    "harmonisasi-bantuan-hukum-per-opd-tanjung-rawai.xlsx Harmonisasi & Bankum 2024 column B",
    "harmonisasi-bantuan-hukum-per-opd-tanjung-rawai.xlsx Harmonisasi & Bankum 2024 column E",
  ],
);
