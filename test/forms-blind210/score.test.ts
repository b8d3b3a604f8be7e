// The checker on the six workbooks of test/forms-blind210 (a Dinas Ketahanan Pangan on cadangan pangan (CPPD beras), gerakan pangan murah and stabilisasi harga, Nusa Tenggara Barat and Sulawesi Tengah; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 47683dc): tables 8/8, roles 82/88, planted mistakes 12/12, one false alarm (a warning: "CPPD tersalur kepada masyarakat rawan pangan" read as lower-is-better). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind210 } from "./build";

scoreFormSet(
  "the two-hundred-and-tenth form set (test/forms-blind210)",
  writeFormsBlind210,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left (the recap convention): the rice allotted keeps no role (the set: target); the
    // cheap-food drives by quarter written under a heading typed once keep none (the set: realised)
    "rekap-penyaluran-cppd-beras-dkp-tambora-raya.xlsx Penyaluran CPPD 2024 column C",
    ...["C", "D", "E", "F", "G"].map(
      (c) => `gpm-stabilisasi-harga-sphp-dkp-poso-lembah.xlsx GPM 2024 column ${c}`,
    ),
  ],
);
