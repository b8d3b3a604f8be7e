// The checker on the six workbooks of test/forms-blind143 (health offices: hospital beds, ambulances, puskesmas accreditation and BLUD revenue, Aceh and Bali; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 7edf855): tables 9/9, roles 89/95, planted mistakes 11/12, no false alarm. A regression test of what the engine does, the
// misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind143 } from "./build";

scoreFormSet(
  "the hundred-and-forty-third form set (test/forms-blind143)",
  writeFormsBlind143,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: BLUD revenue in thousands of rupiah read as target and realisation (the set: money)
    ...["D", "E", "F", "G", "H", "I"].map(
      (c) => `pendapatan-blud-puskesmas-seulawah-timur.xlsx Pendapatan BLUD 2024 column ${c}`,
    ),
    // left: a recap's total of beds (558) against a row of another table on the sheet, "Jumlah tempat tidur rumah
    // sakit" 2024 (526): no cross-table check reads a recap's total against a named row
    "rekap-tempat-tidur-rumah-sakit-karangsari.xlsx TT RS 2024!J16",

    // disputed, left: T-C.27's end-period Rp is read as the kondisi akhir in money, as its heading
    // says (the set: the period's funding, anggaran)
    "renstra-tc27-ambulans-psc119-seulawah-timur.xlsx T-C.27 column Q",
  ],
);
