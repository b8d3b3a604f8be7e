// The checker on the six workbooks of test/forms-blind261 (the P2P on malaria elimination and kusta: API, positivity rate, prevalensi, kelambu; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of aa4772a): tables 9/9, roles 83/86, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind261 } from "./build";

scoreFormSet(
  "the two-hundred-and-sixty-first form set (test/forms-blind261)",
  writeFormsBlind261,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-p2p-malaria-kusta-sumbawa-hulu.xlsx Renstra T-C.27 column Q",
    // recap conventions, left: the API per 1.000 and the positivity rate of a case recap read as realised and capaian (the set: no role)
    "rekap-kasus-malaria-per-puskesmas-halmahera-teluk.xlsx Malaria per PKM 2024 column I",
    "rekap-kasus-malaria-per-puskesmas-halmahera-teluk.xlsx Malaria per PKM 2024 column J",
  ],
);
