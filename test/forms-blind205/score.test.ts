// The checker on the six workbooks of test/forms-blind205 (a Dinas Sosial on DTKS / DTSEN verifikasi-validasi, PKH and BPNT / sembako, Nusa Tenggara Timur and Sulawesi Tengah; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 80a32de): tables 8/8, roles 89/93, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind205 } from "./build";

scoreFormSet(
  "the two-hundred-and-fifth form set (test/forms-blind205)",
  writeFormsBlind205,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // the old dispute, left: "Definisi / Formulasi" is read as the definition (the set: the formula)
    "matriks-iku-dinsos-fakir-miskin-tojo-lembah.xlsx IKU Dinsos column D",
    // disputed, left (the recap convention): households allotted, and the aid paid and its share
    // as money (the set: target, realised counts, capaian)
    ...["C", "E", "G"].map((c) => `rekap-bpnt-pkh-kecamatan-tojo-lembah.xlsx Rekap Bansos 2024 column ${c}`),
  ],
);
