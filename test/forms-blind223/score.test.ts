// The checker on the six workbooks of test/forms-blind223 (a BPKAD on kas daerah: SP2D, LRA and SiLPA, Kalimantan Tengah and Kepulauan Riau; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of d1ca048): tables 9/9, roles 88/90, planted mistakes 9/12 (SiLPA not known as less-is-better; a typed SP2D count for the year; a typed share among shares of the JUMLAH written with a relative reference each), no false alarm, one other finding (an error on the SiLPA row's predikat). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind223 } from "./build";

scoreFormSet(
  "the two-hundred-and-twenty-third form set (test/forms-blind223)",
  writeFormsBlind223,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // left: the SP2D counts by kind name their unit, '(lembar)', only in the heading; a row of no unit is not known to add up, so its year is not held to its quarters
    "rekap-sp2d-lembar-nilai-bukit-waringin.xlsx Rekap SP2D 2024!F13",
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-bpkad-perbendaharaan-tanjung-pelita.xlsx Tabel 6.2 column R",
    // recap conventions, left: a share of the JUMLAH (the set: capaian)
    "rekap-sp2d-lembar-nilai-bukit-waringin.xlsx Rekap SP2D 2024 column L",
  ],
);
