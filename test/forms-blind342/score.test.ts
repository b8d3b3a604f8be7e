// The checker on the six workbooks of test/forms-blind342 (a Dinas PUPR: kemantapan jalan kabupaten per kecamatan, jembatan, sambungan rumah air minum per zona per triwulan, cakupan air minum layak; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of e05c6f2 with the 337 .. 340 round's fixes and 344's two detector fixes (uncommitted then)): tables 9/9, roles 63/66, planted mistakes 11/12 (a road length typed 3 km over its four conditions, an identity no heading states), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind342 } from "./build";

scoreFormSet(
  "the three-hundred-and-forty-second form set (test/forms-blind342)",
  writeFormsBlind342,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // recap convention, left: the kemantapan % read as capaian, the bridges' % baik and the year's cakupan as nothing (the set: realisasi of 2024)
    "rekap-kondisi-jalan-jembatan-per-kecamatan-lembah-sariak-342.xlsx Kondisi Jalan 2024 column I",
    "rekap-kondisi-jalan-jembatan-per-kecamatan-lembah-sariak-342.xlsx Kondisi Jalan 2024 column G",
    "rekap-sr-air-minum-per-triwulan-teluk-bandar-wangi-342.xlsx SR dan Cakupan 2024 column K",
    // not found, left: 'Panjang Jalan (km)' beside 'Kondisi (km) > Baik | Sedang | Rusak Ringan | Rusak Berat' is their sum in four rows of five; no heading or formula says so, and the engine reads such a sum only from a 'Jumlah' heading or its group
    "rekap-kondisi-jalan-jembatan-per-kecamatan-lembah-sariak-342.xlsx Kondisi Jalan 2024!C12",
  ],
);
