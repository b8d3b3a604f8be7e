// The checker on the six workbooks of test/forms-blind169 (a Bagian Kesra: hibah keagamaan, MTQ, insentif guru ngaji dan marbot, haji, Nusa Tenggara Barat and Sumatera Barat; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of c27626b): tables 8/8, roles 91/93, planted mistakes 10/12, no false alarm, no other finding (a marbot coverage of 170 % over those registered not named; a count of houses of worship given grants ending at its last target where the table's other counts add theirs up; "Nilai Insentif (Rp)" under "REKAPITULASI PENERIMA ... TAHUN ANGGARAN 2024" read as a budget). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind169 } from "./build";

scoreFormSet(
  "the hundred-and-sixty-ninth form set (test/forms-blind169)",
  writeFormsBlind169,
  { books: 6, tables: 8, findings: 12 },
  [],
  [],
);
