// The checker on the six workbooks of test/forms-blind86 (spatial planning and land offices of Jambi and Kalimantan Selatan;
// written without reading src/ or the commit subjects). First score, before the detector saw them (engine of d079593): tables
// 10/10, roles 102/111, planted mistakes 12/13, no false alarm. Fixed since, except what is listed below: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind86 } from "./build";

const REKAP = "rekap-sertifikasi-aset-tanah-kkpr-kota-banua-anyar.xlsx";

scoreFormSet(
  "the eighty-sixth form set (test/forms-blind86)",
  writeFormsBlind86,
  { books: 6, tables: 10, findings: 13 },
  [],
  [
    // disputed, left: "Definisi Operasional / Formulasi" named for its definition first
    // (forms-blind72), the set: the formula
    "pk-2025-matriks-iku-disperkimtan-banua-anyar.xlsx Matriks IKU column D",
    // disputed, left: the recap convention's cousins: the land certified to date ("Bersertifikat s.d.
    // 2023 > Bidang") and a year's area ("Sertifikasi Tahun 2024 > Luas (Ha)") keep no role; the
    // set: realised
    ...["E", "F", "I"].map((c) => `${REKAP} Sertifikasi Aset 2024 column ${c}`),

    // disputed, left: T-C.27's end-period Rp is read as the kondisi akhir in money, as its heading
    // says (the set: the period's funding, anggaran)
    "renstra-tc27-perkimtan-tata-ruang-muara-riam.xlsx T-C.27 column S",
  ],
);
