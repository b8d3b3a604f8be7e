// The checker on the six workbooks of test/forms-blind310 (an RSUD: BOR, ALOS, BTO, TOI, NDR and GDR per ward, indeks kepuasan per unit, pendapatan BLUD per triwulan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 01e4ddf): tables 9/9, roles 83/99, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind310 } from "./build";

scoreFormSet(
  "the three-hundred-and-tenth form set (test/forms-blind310)",
  writeFormsBlind310,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-rsud-madika-bukit-palapa-310.xlsx T-C.27 column R",
    // recap conventions, left: the ward's counts (beds, patient days, discharges, deaths) as nothing and its ratios (BOR .. GDR) as realised, the wards and service units as the indicator (the set), where the engine reads the counts as realised, a typed ratio as nothing and the wards as places
    "rekap-bor-alos-bto-toi-per-ruang-rsud-madika-310.xlsx Indikator RI 2023 column B",
    "rekap-bor-alos-bto-toi-per-ruang-rsud-madika-310.xlsx Indikator RI 2023 column C",
    "rekap-bor-alos-bto-toi-per-ruang-rsud-madika-310.xlsx Indikator RI 2023 column D",
    "rekap-bor-alos-bto-toi-per-ruang-rsud-madika-310.xlsx Indikator RI 2023 column E",
    "rekap-bor-alos-bto-toi-per-ruang-rsud-madika-310.xlsx Indikator RI 2023 column F",
    "rekap-bor-alos-bto-toi-per-ruang-rsud-madika-310.xlsx Indikator RI 2023 column G",
    "rekap-bor-alos-bto-toi-per-ruang-rsud-madika-310.xlsx Indikator RI 2023 column H",
    "rekap-bor-alos-bto-toi-per-ruang-rsud-madika-310.xlsx Indikator RI 2023 column I",
    "rekap-pendapatan-blud-ikm-rsud-ramli-datuak-310.xlsx Pendapatan BLUD 2024 column K",
    // the old dispute, left: BLUD revenue in thousands of rupiah as pagu and money realised (the set), read as target and realisation
    "rekap-pendapatan-blud-ikm-rsud-ramli-datuak-310.xlsx Pendapatan BLUD 2024 column C",
    "rekap-pendapatan-blud-ikm-rsud-ramli-datuak-310.xlsx Pendapatan BLUD 2024 column D",
    "rekap-pendapatan-blud-ikm-rsud-ramli-datuak-310.xlsx Pendapatan BLUD 2024 column E",
    "rekap-pendapatan-blud-ikm-rsud-ramli-datuak-310.xlsx Pendapatan BLUD 2024 column F",
    "rekap-pendapatan-blud-ikm-rsud-ramli-datuak-310.xlsx Pendapatan BLUD 2024 column G",
    "rekap-pendapatan-blud-ikm-rsud-ramli-datuak-310.xlsx Pendapatan BLUD 2024 column H",
  ],
);
