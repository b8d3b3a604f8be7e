// The checker on the six workbooks of test/forms-blind257 (a UPTD Panti Sosial Tresna Werdha: residents, ATENSI services, reunifications, cost per house; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of cc878e1): tables 8/8, roles 74/88, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind257 } from "./build";

scoreFormSet(
  "the two-hundred-and-fifty-seventh form set (test/forms-blind257)",
  writeFormsBlind257,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-pendanaan-dinsos-tanjung-seruni-2025-2029.xlsx T-C.27 Dinsos column Q",
    // recap conventions, left: residents at the start, in and out per quarter as nothing, at the end as a kondisi akhir, the reunification rate as nothing (the set: realised, capaian); days of care as nothing and the cost of care in Rp as a budget (the set: realised, realised Rp)
    "mutasi-penghuni-pstw-sasana-wreda-per-triwulan-2024.xlsx Mutasi 2024 column B",
    "mutasi-penghuni-pstw-sasana-wreda-per-triwulan-2024.xlsx Mutasi 2024 column C",
    "mutasi-penghuni-pstw-sasana-wreda-per-triwulan-2024.xlsx Mutasi 2024 column D",
    "mutasi-penghuni-pstw-sasana-wreda-per-triwulan-2024.xlsx Mutasi 2024 column E",
    "mutasi-penghuni-pstw-sasana-wreda-per-triwulan-2024.xlsx Mutasi 2024 column F",
    "mutasi-penghuni-pstw-sasana-wreda-per-triwulan-2024.xlsx Mutasi 2024 column G",
    "mutasi-penghuni-pstw-sasana-wreda-per-triwulan-2024.xlsx Mutasi 2024 column H",
    "biaya-layanan-per-wisma-pstw-bina-werdha-seruni-2024.xlsx Biaya per Wisma column F",
    "biaya-layanan-per-wisma-pstw-bina-werdha-seruni-2024.xlsx Biaya per Wisma column G",
    "biaya-layanan-per-wisma-pstw-bina-werdha-seruni-2024.xlsx Biaya per Wisma column H",
    "biaya-layanan-per-wisma-pstw-bina-werdha-seruni-2024.xlsx Biaya per Wisma column I",
    "biaya-layanan-per-wisma-pstw-bina-werdha-seruni-2024.xlsx Biaya per Wisma column J",
  ],
);
