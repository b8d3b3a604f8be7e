// The checker on the six workbooks of test/forms-blind136 (public works: roads, bridges, drainage and DAK fisik contracts, Jambi and Nusa Tenggara Timur; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 3a42f84): tables 9/9 (one data range a row off), roles 69/73, planted mistakes 11/12, no false alarm. A regression test
// of what the engine does, the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind136 } from "./build";

scoreFormSet(
  "the hundred-and-thirty-sixth form set (test/forms-blind136)",
  writeFormsBlind136,
  { books: 6, tables: 9, findings: 12 },
  [
    // the set's own slip, rightly named: its builder wrote the T-C.27 kondisi akhir K as =SUM(F13:N13), over the Rp
    // columns too (100.445.000.214 km); jumlahCampur names the range once, on the first such row
    "renstra-tc27-pupr-manggarai-selatan-raya-2025-2029.xlsx T-C.27!P13",
  ],
  [
    // disputed, left: a capaian against the Renstra's end target takes the realisation's year (the set: 2026, as 123 does not)
    "lkjip-2024-dinas-pupr-tanjung-batanghari.xlsx Tabel 3.1 column K",
    // disputed, left: a recap's share of roads (bridges) in good condition per kecamatan is read as no role (the set: realisation)
    "rekap-kondisi-jalan-jembatan-kecamatan-lembata-barat-2024.xlsx Kondisi 2024 column I",
    "rekap-kondisi-jalan-jembatan-kecamatan-lembata-barat-2024.xlsx Kondisi 2024 column P",
    // rule name disputed, left: a ratio formula with a stale cached result in a column of no certain role is named
    // ratio-components-mismatch ("its own formula gives 60,5"); the set lists capaian-mismatch
    "rekap-kondisi-jalan-jembatan-kecamatan-lembata-barat-2024.xlsx Kondisi 2024!I12",
  ],
);
