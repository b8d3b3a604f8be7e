// The checker on the six workbooks of test/forms-blind232 (a Dinas Lingkungan Hidup on emission tests, air quality, environmental approvals (AMDAL, UKL-UPL) and complaints; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 69017fd): tables 7/9 (two recaps side by side, led by 'Jenis Dokumen' and 'Media Pengaduan' and closed by their own Jumlah, not found), roles 75/83, planted mistakes 9/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind232 } from "./build";

scoreFormSet(
  "the two-hundred-and-thirty-second form set (test/forms-blind232)",
  writeFormsBlind232,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // left: a typed Jumlah in one of two count columns: with the other adding up, one of two is no majority, so the row is not known to be one of sums (the typed share beside it agrees with the right sum)
    "rekap-amdal-uklupl-pengaduan-tanjung-seruni-2024.xlsx Rekap 2024!B9",
    // rule name disputed, left: a stale share of a row's own figures, named ratio-components-mismatch (the set: capaian-mismatch)
    "rekap-amdal-uklupl-pengaduan-tanjung-seruni-2024.xlsx Rekap 2024!I7",
    // recap conventions, left: a pass rate and a share issued as nothing (the set: capaian)
    "rekap-uji-emisi-per-kecamatan-lembah-arsari-2024.xlsx Uji Emisi 2024 column J",
    "rekap-amdal-uklupl-pengaduan-tanjung-seruni-2024.xlsx Rekap 2024 column D",
  ],
);
