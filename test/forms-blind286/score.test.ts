// The checker on the six workbooks of test/forms-blind286 (the Dinas Kesehatan on kesehatan jiwa (ODGJ berat dilayani, pasung), rehabilitasi NAPZA and SPM usia lanjut; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of be8170c): tables 9/9, roles 83/87, planted mistakes 10/12 (a note 'Indikator pasung dan kekambuhan bersifat negatif' dropped whole because 'pasung' is written 'dipasung' in the name; a typed Kumulatif of Triwulan III beside 'Triwulan Ini' not held to the running sum), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind286 } from "./build";

scoreFormSet(
  "the two-hundred-and-eighty-sixth form set (test/forms-blind286)",
  writeFormsBlind286,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-2025-2029-dinkes-tanjung-rawasari.xlsx T-C.27 Dinkes column Q",
    // recap conventions, left: people freed from pasung as nothing and their share as nothing (the set: realised, capaian); the screenings of this quarter as nothing beside the running total read as realised (the set: realised)
    "rekap-odgj-berat-pasung-per-puskesmas-lembah-sariwangi.xlsx Keswa per PKM 2024 column I",
    "rekap-odgj-berat-pasung-per-puskesmas-lembah-sariwangi.xlsx Keswa per PKM 2024 column K",
    "spm-usia-lanjut-triwulan-rehab-napza-tanjung-rawasari.xlsx SPM Lansia dan NAPZA column C",
  ],
);
