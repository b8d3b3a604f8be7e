// The checker on the six workbooks of test/forms-blind290 (the Dinas Pertanian on penyuluhan: penyuluh per BPP, kelas kelompok tani, RDKK and pupuk bersubsidi tersalur per kecamatan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of be8170c): tables 9/9, roles 92/96, planted mistakes 11/12 (an Rp predikat dropped as a consequence of a K slip moved through the Rp capaian beside it), 2 false alarms (a percentage whose note says 'capaian kumulatif (posisi akhir TW)' read as adding its quarters), no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind290 } from "./build";

scoreFormSet(
  "the two-hundred-and-ninetieth form set (test/forms-blind290)",
  writeFormsBlind290,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // recap conventions, left: the BPP's kecamatan as the place and a ratio of extension workers per desa as a capaian, the share of classes as nothing (the set: nothing, nothing, capaian); the RDKK allocation as nothing (the set: target)
    "rekap-penyuluh-kelas-poktan-per-bpp-sumbawa-tengah.xlsx Rekap BPP 2024 column C",
    "rekap-penyuluh-kelas-poktan-per-bpp-sumbawa-tengah.xlsx Rekap BPP 2024 column I",
    "rekap-penyuluh-kelas-poktan-per-bpp-sumbawa-tengah.xlsx Rekap BPP 2024 column O",
    "pupuk-bersubsidi-tersalur-per-kecamatan-lematang-jaya.xlsx Pupuk Subsidi 2024 column C",
  ],
);
