// The checker on the six workbooks of test/forms-blind319 (the Dinas Perpustakaan dan Kearsipan: kunjungan perpustakaan per kecamatan, koleksi, IPLM, arsip tertata, OPD tertib arsip, serapan per triwulan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of fb6abe0): tables 10/10, roles 78/78, planted mistakes 9/12 (a Renja Rp typed ten times, named at its kegiatan whose sum is right; a 160,07 % share; a quarter's realisation ten times), no false alarm, one other error (that kegiatan). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind319 } from "./build";

scoreFormSet(
  "the three-hundred-and-nineteenth form set (test/forms-blind319)",
  writeFormsBlind319,
  { books: 6, tables: 10, findings: 12 },
  [],
  [
    // left: a share typed 160,07 % in a column the engine does not hold to its parts, and a quarter's realisation typed ten times among quarters (the set: percent-out-of-range, number-scale or serapan-over-100)
    "rekap-kunjungan-koleksi-lembah-sariayu-319.xlsx Rekap 2024!J9",
    "rekap-tertib-arsip-opd-pangkal-rindang-319.xlsx Pengawasan Kearsipan!L7",
  ],
);
