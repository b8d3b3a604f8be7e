// The checker on the six workbooks of test/forms-blind208 (a Bagian Umum / Rumah Tangga Setda on kendaraan dinas, rumah jabatan, SPPD and jasa kantor, Kalimantan Selatan and Sumatera Barat; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 80a32de): tables 8/8 (the E.81's ending two rows late, at its free-text predikat line), roles 72/72, planted mistakes 12/12, one false alarm (an error: a fleet maintained, 38 each quarter and 38 for the year against a target of 38, named as not its quarters' sum) and one other false warning (\"Rata-rata hari penyelesaian\" read as more-is-better, after 194's \"penyelesaian\"). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind208 } from "./build";

scoreFormSet(
  "the two-hundred-and-eighth form set (test/forms-blind208)",
  writeFormsBlind208,
  { books: 6, tables: 8, findings: 12 },
  [],
  [],
);
