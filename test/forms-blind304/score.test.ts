// The checker on the six workbooks of test/forms-blind304 (Satpol PP and Damkar: penegakan perda (pelanggaran ditindak, PPNS), response time kebakaran, WMK, trantibum, satlinmas terlatih; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 1a6d0bc): tables 9/9, roles 87/91 ('Pos / WMK' not read as the rows' place), planted mistakes 12/12, no false alarm, one other finding (the Rp predikat 'Sangat Rendah' under an average of 82,28, wrong whatever the planted slip above it). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind304 } from "./build";

scoreFormSet(
  "the three-hundred-and-fourth form set (test/forms-blind304)",
  writeFormsBlind304,
  { books: 6, tables: 9, findings: 12 },
  [
    // the E.81's Rp predikat 'Sangat Rendah' under 82,28 %: wrong as written, and still 'Tinggi' once the planted U13 is mended
    "e81-satpolpp-penegakan-perda-tanah-rimbo-2024.xlsx Evaluasi Renja 2024!Y16",
  ],
  [
    // recap conventions, left: violations recorded as realised (the set), where the engine offers them as the share's target; fires by quarter with '% Sesuai Standar' as capaian, Linmas members as realised (the set)
    "rekap-pelanggaran-perda-ditindak-per-kecamatan-tanah-rimbo.xlsx Rekap Perda 2024 column C",
    "response-time-wmk-satlinmas-terlatih-tanah-rimbo-2024.xlsx WMK dan Linmas column I",
    "response-time-wmk-satlinmas-terlatih-tanah-rimbo-2024.xlsx WMK dan Linmas column M",
  ],
);
