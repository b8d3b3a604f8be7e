// The checker on the six workbooks of test/forms-blind253 (the Dinas Pertanian on crop and cattle insurance (AUTP, AUTS): insured area, premiums, claims; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 65a75e1): tables 9/9, roles 74/90, planted mistakes 10/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind253 } from "./build";

scoreFormSet(
  "the two-hundred-and-fifty-third form set (test/forms-blind253)",
  writeFormsBlind253,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // left: a PK's budget table whose program and sub kegiatan codes are written in the names, closed by 'Jumlah Program': its rows are not read as a hierarchy, so the typed total of the two programs is not held
    "pk-2025-distan-asuransi-sidomukti-wetan.xlsx PK 2025!C21",
    // recap conventions, left: insured farmers, area, losses and cattle as nothing or as a kondisi akhir (the set: realised), premiums and claims paid in Rp as a budget (the set: realised Rp), shares as nothing (the set: capaian)
    "rekap-autp-per-kecamatan-mt-2024-padang-sirenggo.xlsx Rekap AUTP 2024 column C",
    "rekap-autp-per-kecamatan-mt-2024-padang-sirenggo.xlsx Rekap AUTP 2024 column D",
    "rekap-autp-per-kecamatan-mt-2024-padang-sirenggo.xlsx Rekap AUTP 2024 column E",
    "rekap-autp-per-kecamatan-mt-2024-padang-sirenggo.xlsx Rekap AUTP 2024 column F",
    "rekap-autp-per-kecamatan-mt-2024-padang-sirenggo.xlsx Rekap AUTP 2024 column G",
    "rekap-autp-per-kecamatan-mt-2024-padang-sirenggo.xlsx Rekap AUTP 2024 column H",
    "rekap-autp-per-kecamatan-mt-2024-padang-sirenggo.xlsx Rekap AUTP 2024 column I",
    "rekap-autp-per-kecamatan-mt-2024-padang-sirenggo.xlsx Rekap AUTP 2024 column J",
    "rekap-auts-triwulan-puskeswan-sidomukti-wetan.xlsx AUTS 2024 column B",
    "rekap-auts-triwulan-puskeswan-sidomukti-wetan.xlsx AUTS 2024 column C",
    "rekap-auts-triwulan-puskeswan-sidomukti-wetan.xlsx AUTS 2024 column D",
    "rekap-auts-triwulan-puskeswan-sidomukti-wetan.xlsx AUTS 2024 column E",
    "rekap-auts-triwulan-puskeswan-sidomukti-wetan.xlsx AUTS 2024 column F",
    "rekap-auts-triwulan-puskeswan-sidomukti-wetan.xlsx AUTS 2024 column G",
    "rekap-auts-triwulan-puskeswan-sidomukti-wetan.xlsx AUTS 2024 column H",
    "rekap-auts-triwulan-puskeswan-sidomukti-wetan.xlsx AUTS 2024 column L",
  ],
);
