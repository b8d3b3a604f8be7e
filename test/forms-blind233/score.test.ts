// The checker on the six workbooks of test/forms-blind233 (a Dinas Sosial on PKH and BPNT: DTKS verification, distribution by stage and graduation of KPM, Jawa Tengah and Kalimantan Barat; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 4f7c155): tables 9/9, roles 74/82, planted mistakes 11/12, 2 false alarms (errors: a count of 'desa/kel' read as a level, so its quarters' sum and its to-date sum were called wrong), no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind233 } from "./build";

scoreFormSet(
  "the two-hundred-and-thirty-third form set (test/forms-blind233)",
  writeFormsBlind233,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-2025-2029-dinsos-tanjung-sabak.xlsx Tabel 6.1 column Q",
    // recap conventions, left: the KPM of the decree as realised (the set: target), a share distributed as realised, graduations by kind and proposals as nothing, those verified read as a target
    "rekap-bpnt-tahap3-kecamatan-lembah-seruni.xlsx BPNT Tahap III column C",
    "rekap-bpnt-tahap3-kecamatan-lembah-seruni.xlsx BPNT Tahap III column F",
    "graduasi-pkh-usulan-dtks-tanjung-sabak.xlsx Graduasi & DTKS 2024 column C",
    "graduasi-pkh-usulan-dtks-tanjung-sabak.xlsx Graduasi & DTKS 2024 column D",
    "graduasi-pkh-usulan-dtks-tanjung-sabak.xlsx Graduasi & DTKS 2024 column E",
    "graduasi-pkh-usulan-dtks-tanjung-sabak.xlsx Graduasi & DTKS 2024 column J",
    "graduasi-pkh-usulan-dtks-tanjung-sabak.xlsx Graduasi & DTKS 2024 column K",
  ],
);
