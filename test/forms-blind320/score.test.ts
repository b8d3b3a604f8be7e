// The checker on the six workbooks of test/forms-blind320 (the Dinas PUPR: jalan kondisi mantap per kecamatan, jembatan, daerah irigasi, drainase, air minum, serapan per bidang; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of fb6abe0): tables 9/9, roles 84/93, planted mistakes 12/12, no false alarm, two other warnings ('kawasan permukiman bebas genangan' read lower-is-better, its rising targets called a wrong trend). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind320 } from "./build";

scoreFormSet(
  "the three-hundred-and-twentieth form set (test/forms-blind320)",
  writeFormsBlind320,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // recap conventions, left: road lengths by condition and bridges as nothing, '% Mantap' as capaian (the set), where the engine reads realised lengths and nothing
    "rekap-kondisi-jalan-per-kecamatan-lembah-sariwangi-320.xlsx Kondisi Jalan 2024 column C",
    "rekap-kondisi-jalan-per-kecamatan-lembah-sariwangi-320.xlsx Kondisi Jalan 2024 column D",
    "rekap-kondisi-jalan-per-kecamatan-lembah-sariwangi-320.xlsx Kondisi Jalan 2024 column E",
    "rekap-kondisi-jalan-per-kecamatan-lembah-sariwangi-320.xlsx Kondisi Jalan 2024 column F",
    "rekap-kondisi-jalan-per-kecamatan-lembah-sariwangi-320.xlsx Kondisi Jalan 2024 column G",
    "rekap-kondisi-jalan-per-kecamatan-lembah-sariwangi-320.xlsx Kondisi Jalan 2024 column H",
    "rekap-kondisi-jalan-per-kecamatan-lembah-sariwangi-320.xlsx Kondisi Jalan 2024 column J",
    "rekap-jembatan-dan-serapan-per-bidang-batu-runcing-320.xlsx Rekap 2024 column C",
    "rekap-jembatan-dan-serapan-per-bidang-batu-runcing-320.xlsx Rekap 2024 column D",
  ],
);
