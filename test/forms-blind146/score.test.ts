// The checker on the six workbooks of test/forms-blind146 (a Bappeda: Renja evaluation, musrenbang proposals, the IKD cascade, Jawa Barat and Maluku Utara; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 19f832a): tables 8/8, roles 84/91, planted mistakes 12/12, no false alarm. A regression test of what the engine does, the
// misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind146 } from "./build";

scoreFormSet(
  "the hundred-and-forty-sixth form set (test/forms-blind146)",
  writeFormsBlind146,
  { books: 6, tables: 8, findings: 12 },
  [
    // the set's own slip, rightly named: its builder wrote the T-C.27 kondisi akhir K as =SUM(F13:N13), over the Rp
    // columns too; jumlahCampur names the range once, on the first such row
    "tc27-pendanaan-renstra-bappeda-sindangwangi-2025-2029.xlsx T-C.27!P13",
  ],
  [
    // disputed, left: a musrenbang recap's money for the proposals accommodated read as planned
    // money (the set: money realised)
    "rekap-usulan-musrenbang-kecamatan-gane-raya-rkpd2025.xlsx Rekap Musrenbang column G",
    // disputed, left: a cascade's "Tujuan / Sasaran" column read as no role (the set: sasaran)
    "matriks-cascading-ikd-iku-bappeda-oba-selatan.xlsx Cascading IKD column B",
  ],
);
