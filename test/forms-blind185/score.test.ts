// The checker on the six workbooks of test/forms-blind185 (the UPTD Puskesmas as BLUD and its Dinas Kesehatan: pendapatan BLUD, kapitasi JKN, PKP, akreditasi, Jawa Tengah and Sulawesi Tenggara; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 07c4b96): tables 8/8 (one off by its sub-header row), roles 68/78, planted mistakes 11/12, no false alarm, one other warning (a missing-value on the sub-header row read as data). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind185 } from "./build";

scoreFormSet(
  "the hundred-and-eighty-fifth form set (test/forms-blind185)",
  writeFormsBlind185,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left (revenue in Rp): the BLUD's revenue target and realisations read as target and
    // realised (the set: money, anggaran and realisasi-anggaran)
    ...["C", "D", "E", "F", "G"].map(
      (c) => `pendapatan-blud-puskesmas-mojowangi.xlsx Pendapatan BLUD 2024 column ${c}`,
    ),
    // left: a worked figure's column under "Tabel 3.2" keeps no role (the set: realised)
    "lkjip-dinkes-akreditasi-pkp-konawe-laut.xlsx Tabel 3.1 column C",
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-dinkes-puskesmas-mekongga-timur.xlsx T-C.27 column Q",
  ],
);
