// The checker on the six workbooks of test/forms-blind181 (a Dinas Pendidikan on PAUD and pendidikan kesetaraan: APK / APM PAUD, SPM 5-6 tahun, PKBM, Paket A / B / C, Jawa Barat and Sulawesi Utara; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of d2ac29e): tables 8/8, roles 88/96, planted mistakes 10/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind181 } from "./build";

scoreFormSet(
  "the hundred-and-eighty-first form set (test/forms-blind181)",
  writeFormsBlind181,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left (the recap convention): the children counted and the SPM share beside them are
    // read as target, realised and capaian (the set: the whole as nothing, the share realised); so
    // are, from the number row's ratio, the units and those accredited (pasanganCapaianNomor; the
    // set: nothing, realised 2024); the learners by Paket keep no role (the set: realised 2024)
    ...["C", "E", "F", "H", "I", "J", "K", "L"].map(
      (c) => `rekap-spm-paud-pkbm-per-kecamatan-cibeureum-girang.xlsx Rekap Kecamatan 2024 column ${c}`,
    ),
  ],
);
