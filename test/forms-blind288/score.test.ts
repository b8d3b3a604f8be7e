// The checker on the six workbooks of test/forms-blind288 (the Bappeda on musrenbang usulan per kecamatan, pokok pikiran DPRD, kesesuaian Renja-RKPD-APBD and pengendalian RKPD per triwulan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of f9d0a89): tables 9/9, roles 96/98 (a 'Fisik Akhir Tahun (%)' that the number row writes '(14) = (13)' read as a target), planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind288 } from "./build";

scoreFormSet(
  "the two-hundred-and-eighty-eighth form set (test/forms-blind288)",
  writeFormsBlind288,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "renstra-tc27-bappelitbangda-batu-sepuluh.xlsx Tabel 6.1 column Q",
  ],
);
