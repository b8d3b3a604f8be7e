// The checker on the six workbooks of test/forms-blind237 (a DPMD on village status (IDM), BUMDes and dana desa by stage, Kalimantan Tengah and Maluku Utara; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 1ae929d): tables 9/9, roles 81/91, planted mistakes 11/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind237 } from "./build";

scoreFormSet(
  "the two-hundred-and-thirty-seventh form set (test/forms-blind237)",
  writeFormsBlind237,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "renstra-tc27-dpmd-oba-lestari.xlsx Tabel 6.1 column Q",
    // recap conventions, left: villages counted by status and BUMDes formed and active, per kecamatan, read as realised (the set: nothing), a share as nothing (the set: capaian)
    "rekap-status-idm-bumdes-kecamatan-barito-selangkai.xlsx IDM dan BUMDes 2024 column C",
    "rekap-status-idm-bumdes-kecamatan-barito-selangkai.xlsx IDM dan BUMDes 2024 column D",
    "rekap-status-idm-bumdes-kecamatan-barito-selangkai.xlsx IDM dan BUMDes 2024 column E",
    "rekap-status-idm-bumdes-kecamatan-barito-selangkai.xlsx IDM dan BUMDes 2024 column F",
    "rekap-status-idm-bumdes-kecamatan-barito-selangkai.xlsx IDM dan BUMDes 2024 column G",
    "rekap-status-idm-bumdes-kecamatan-barito-selangkai.xlsx IDM dan BUMDes 2024 column H",
    "rekap-status-idm-bumdes-kecamatan-barito-selangkai.xlsx IDM dan BUMDes 2024 column I",
    "rekap-status-idm-bumdes-kecamatan-barito-selangkai.xlsx IDM dan BUMDes 2024 column L",
    "rekap-status-idm-bumdes-kecamatan-barito-selangkai.xlsx IDM dan BUMDes 2024 column M",
  ],
);
