// The checker on the six workbooks of test/forms-blind30 (Kalimantan Barat and Jambi offices' older
// Excel habits; written without reading src/). First score, before the detector saw them (the
// engine of 595fcf7): tables 8/8, roles 61/64, planted mistakes 8/12, no false alarm and 5 other
// findings (roman column numbers read as a data row; a T-C.27 continued on a second sheet judged
// on that sheet's years alone; a percent "Capaian Tahun 2023" read as a realisation; "Target Akhir
// 2029" after 2025-2028 read as a final condition; a DAK report's "% thd Pagu" read as money and
// its "Nilai Kontrak" as a second pagu; "Tahap I | Tahap II | Jumlah" unread). Fixed since: now a
// regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind30 } from "./build";

scoreFormSet(
  "the thirty-second form set (test/forms-blind30)",
  writeFormsBlind30,
  { books: 6, tables: 8, findings: 12 },
  // true of the sheet as written, and typed so on purpose by the set without listing them: numbers
  // stored as text ("97%", "100%"), which no formula or sum takes in
  [
    "lkjip-kecamatan-tekspersen-sepaukhilir.xlsx Pengukuran Kinerja!E10",
    ...["E", "F", "G", "H", "I", "J"].map(
      (c) => `iku-tahundasar-targetakhir-dlh-batangtabir.xlsx IKU 2025-2029!${c}14`,
    ),
  ],
  [
    // disputed, left: T-C.27's end-period Rp is read as the kondisi akhir in money, as its heading
    // says (the set: the period's funding, anggaran)
    "tc27-duasheet-romawi-disdik-batangtabir.xlsx T-C.27 (2) column J",
  ],
);
