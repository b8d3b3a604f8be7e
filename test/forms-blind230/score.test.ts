// The checker on the six workbooks of test/forms-blind230 (a Dinas Kesehatan on immunisation: IDL, desa UCI, drop-out DPT-campak and the vaccine cold chain, Kalimantan Selatan and Sulawesi Utara; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 69017fd): tables 9/9, roles 87/89, planted mistakes 11/12, 2 false alarms (errors: an E.81's '12a = 12/7 x 100' read as a second (12), so '13 = 6 + 12' added the capaian), no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind230 } from "./build";

scoreFormSet(
  "the two-hundred-and-thirtieth form set (test/forms-blind230)",
  writeFormsBlind230,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-dinkes-uci-drop-out-tanjung-bayur.xlsx Tabel 6.1 column S",
  ],
);
