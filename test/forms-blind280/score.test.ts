// The checker on the six workbooks of test/forms-blind280 (the DLH on waste: timbulan, sampah terkelola, TPS3R and bank sampah, retribusi kebersihan and TPA; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 91aa6d5): tables 9/9, roles 82/86, planted mistakes 11/12 (a note 'indikator ... bersifat negatif' naming its subjects not read), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind280 } from "./build";

scoreFormSet(
  "the two-hundred-and-eightieth form set (test/forms-blind280)",
  writeFormsBlind280,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-dlh-persampahan-lereng-arjasari-2025-2029.xlsx T-C.27 DLH column R",
    // recap conventions, left: the share handled per kecamatan as nothing (the set: capaian)
    "rekap-sampah-tertangani-per-kecamatan-pangkal-seruni-2024.xlsx Rekap Kecamatan 2024 column I",
    // disputed, left (revenue in Rp): a retribusi's target and realisation read as pagu and money received (the set: target, realised)
    "retribusi-kebersihan-tpa-bulanan-lereng-arjasari-2024.xlsx Retribusi dan TPA 2024 column B",
    "retribusi-kebersihan-tpa-bulanan-lereng-arjasari-2024.xlsx Retribusi dan TPA 2024 column C",
  ],
);
