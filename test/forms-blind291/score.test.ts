// The checker on the six workbooks of test/forms-blind291 (an RSUD on IGD and farmasi: response time IGD, ketersediaan obat, kesesuaian formularium, BLUD revenue per instalasi; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of be8170c): tables 7/9 (a two-column 'Penjamin | Pendapatan 2024 (Rp)' beside a revenue recap read as part of it), roles 75/87, planted mistakes 11/12 (the SUM one row short in it), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind291 } from "./build";

scoreFormSet(
  "the two-hundred-and-ninety-first form set (test/forms-blind291)",
  writeFormsBlind291,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-rsud-blud-farmasi-tanjung-meranti.xlsx Tabel 6.1 column R",
    // recap conventions, left: triage shares and response times per quarter as nothing (the set: capaian, realised)
    "rekap-triase-response-time-igd-lembah-sarawu.xlsx IGD 2024 column H",
    "rekap-triase-response-time-igd-lembah-sarawu.xlsx IGD 2024 column I",
    // disputed, left (revenue in Rp): the revenue per payer as a budget (the set: money received)
    "pendapatan-blud-per-instalasi-tanjung-meranti.xlsx Pendapatan BLUD 2024 column K",
  ],
);
