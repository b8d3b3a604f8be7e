// The checker on the six workbooks of test/forms-blind79 (energy and mineral resources offices of Nusa Tenggara Barat and Maluku; written
// without reading src/ or the commit subjects). First score, before the detector saw them (engine of 8bf6aea): tables 7/7, roles 64/74,
// planted mistakes 9/12, no false alarm. Fixed since, except what is listed below: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind79 } from "./build";

const IUP = "rekap-iup-pnbp-minerba-esdm-ntb-2024.xlsx";
const TC27 = "renstra-tc27-2025-2029-esdm-ntb.xlsx";

scoreFormSet(
  "the seventy-ninth form set (test/forms-blind79)",
  writeFormsBlind79,
  { books: 6, tables: 7, findings: 12 },
  [
    // knock-on, kept: a kondisi akhir summing the years of "Kapasitas PLTS terpasang (kWp)", read as
    // a level, among the column's last-year links (P13)
    `${TC27} T-C.27!P13`,
  ],
  [
    // disputed, left: the electrification ratio computed per row (households lit over households)
    // read as a capaian, the set: its realisation; permits counted in a recap offered as realised
    // (the recap convention); a PNBP's "Target (Rp)" and "Realisasi (Rp)" as money (anggaran,
    // realisasi-anggaran), the set: target and realisation; a T-C.27's period funding keeps no year
    "rasio-elektrifikasi-kabupaten-esdm-ntb-2024.xlsx RE 2024 column H",
    ...["C", "D", "E", "F"].map((c) => `${IUP} IUP column ${c}`),
    `${IUP} PNBP column C`,
    `${IUP} PNBP column D`,
    `${TC27} T-C.27 column Q`,
  ],
);
