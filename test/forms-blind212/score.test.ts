// The checker on the six workbooks of test/forms-blind212 (a Diskominfo on PPID / keterbukaan informasi publik, desa blank spot and akses internet desa, Sulawesi Tengah and Nusa Tenggara Timur; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 47683dc): tables 8/9 (a PPID report whose rows are its quarters, 'Periode | Permohonan Masuk | ...', not found), roles 64/81 (the E.81's bare quarters read as plans), planted mistakes 10/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind212 } from "./build";

scoreFormSet(
  "the two-hundred-and-twelfth form set (test/forms-blind212)",
  writeFormsBlind212,
  { books: 6, tables: 9, findings: 12 },
  [
    // true of the sheet, after the planted F11: the quarter's "% Diputus" shown is 103,17
    "rekap-ppid-permohonan-keberatan-sumba-lewa.xlsx Rekap PPID 2024!G11",
  ],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran); a
    // recap's BTS built and their cost (the set: realised, realised Rp)
    "renstra-tc27-diskominfo-sumba-lewa.xlsx T-C.27 column Q",
    "akses-internet-desa-blankspot-tojo-lembah.xlsx Akses Desa 2024 column I",
    "akses-internet-desa-blankspot-tojo-lembah.xlsx Akses Desa 2024 column J",
  ],
);
