// The checker on the six workbooks of test/forms-blind98 (energy and mineral resources offices of Provinsi Kalimantan Utara
// and Jawa Barat; written without reading src/ or the commit subjects). First score, before the detector saw them (engine of
// 8567aa7): tables 9/9, roles 83/89, planted mistakes 12/13, no false alarm, one unlisted warning that follows a planted
// mistake. Fixed after: a Polaritas column written "Minimal (semakin rendah semakin baik)" is read (H12's R / T on a
// lower-is-better row found); a kondisi akhir that is the sum of the true targets is named in the outlier's finding (P16
// under J16); "Volume (unit) > Rencana | Terpasang" are the target and the realisation; a number row's
// "(7)=(6)/Target x 100" is the number row (no data row). A regression test of what the engine
// does, the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind98 } from "./build";

const PJU = "rekap-pju-tenaga-surya-dan-air-tanah-esdm-jabar-2024.xlsx";
const MINERBA = "rekap-penerimaan-minerba-bulanan-esdm-kaltara-2024.xlsx";

scoreFormSet(
  "the ninety-eighth form set (test/forms-blind98)",
  writeFormsBlind98,
  { books: 6, tables: 9, findings: 13 },
  [],
  [
    // gap: a monthly receipts recap's running total ("Kumulatif s.d. Bulan Berkenaan (Rp)") read as
    // budget money (the set: realised money)
    `${MINERBA} Penerimaan 2024 column F`,
    // gap: the branch office naming the rows of the water-well table keeps no role (the set: a
    // place); its "Persentase Diawasi (%)" keeps none (the set: capaian)
    `${PJU} PJU-TS dan Air Tanah column B`,
    `${PJU} PJU-TS dan Air Tanah column E`,
  ],
);
