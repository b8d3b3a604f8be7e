// The checker on the six workbooks of test/forms-blind189 (a Dinas Perindustrian on industri kecil dan menengah: sentra IKM, SNI / halal / HKI, nilai produksi, kawasan industri, Jawa Barat and Sumatera Selatan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of e11f344): tables 9/9, roles 90/91, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind189 } from "./build";

scoreFormSet(
  "the hundred-and-eighty-ninth form set (test/forms-blind189)",
  writeFormsBlind189,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // left: a recap's "Nilai Produksi > Pertumbuhan (%)" keeps no year (the set: 2024)
    "rekap-sentra-ikm-per-kecamatan-ogan-lestari.xlsx Rekap IKM 2024 column I",
  ],
);
