// The checker on the six workbooks of test/forms-blind168 (a Dinas Kesehatan on maternal and child health: K1 / K4 / K6, persalinan, KN, ASI, Banten and Sulawesi Utara; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of bef0635): tables 7/8, roles 76/97, planted mistakes 10/12, no false alarm, two other findings (a T-C.27 whose group heading is typed once over "2025 (Tahun ke-1)" .. and "Target | Rp" split in two). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind168 } from "./build";

scoreFormSet(
  "the hundred-and-sixty-eighth form set (test/forms-blind168)",
  writeFormsBlind168,
  { books: 6, tables: 8, findings: 12 },
  [
    // follows the planted Rp (12) of the newborn sub kegiatan (three quarters only): the average Rp
    // capaian under it and so its grade
    "evaluasi-e81-renja-kia-dinkes-cimanuk-hilir.xlsx E81 Dinkes 2024!Y17",
  ],
  [
    // disputed, left: "Definisi Operasional / Formulasi" is read as the definition (the old dispute)
    "iku-kia-dinkes-kota-serang-utara.xlsx IKU 2025-2029 column D",
    // disputed, left: an SPM report's "Sasaran Ibu Hamil / Bersalin" is what its services are held
    // to, a target (roles.ts); the set: no role
    ...["C", "J"].map(
      (c) => `laporan-bulanan-kia-puskesmas-bolaang-utara-raya.xlsx PWS KIA Okt 2024 column ${c}`,
    ),
  ],
);
