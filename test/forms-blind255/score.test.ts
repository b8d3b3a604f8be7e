// The checker on the six workbooks of test/forms-blind255 (the Dinas Pendidikan on bahasa daerah and muatan lokal; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 65a75e1): tables 9/9, roles 84/86, planted mistakes 11/12, no false alarm, 1 other finding (a predikat that follows a typed capaian). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind255 } from "./build";

scoreFormSet(
  "the two-hundred-and-fifty-fifth form set (test/forms-blind255)",
  writeFormsBlind255,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-disdik-tana-lumbu-lontara.xlsx Tabel 6.1 column Q",
    // recap conventions, left: the share certified as nothing (the set: capaian)
    "rekap-guru-bahasa-daerah-bersertifikat-pasir-kemuning.xlsx Guru Bahasa Daerah column G",
  ],
);
