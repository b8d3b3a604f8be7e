// The checker on the six workbooks of test/forms-blind91 (education offices of Provinsi Sumatera Utara and Nusa Tenggara Timur;
// written without reading src/ or the commit subjects). First score, before the detector saw them (engine of d079593): tables
// 8/8, roles 71/82, planted mistakes 11/12, one false alarm (a BOSP list's "Persentase Penyaluran (%)" read as money and its
// subtotals' ratios summed: three sum-mismatch errors). Fixed since, except what is listed below: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind91 } from "./build";

const APK = "rekap-apk-apm-dikmen-kabkota-sumut-2024.xlsx";

scoreFormSet(
  "the ninety-first form set (test/forms-blind91)",
  writeFormsBlind91,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left (the recap convention): pupils counted and the participation rates per
    // kabupaten keep no role, the set: realised; "Rasio Guru : Murid" read as capaian (a "Rasio"
    // heading), the set: realised
    ...["F", "G", "I"].map((c) => `${APK} APK-APM 2024 column ${c}`),
    // left: the NPSN (a school's number) as no code, and "Satuan Biaya (Rp/PD/tahun)" as a unit
    // column; the set: kode, none
    "penyaluran-bosp-per-sekolah-cabdin-sibolga-raya-2024.xlsx BOSP 2024 column B",
    "penyaluran-bosp-per-sekolah-cabdin-sibolga-raya-2024.xlsx BOSP 2024 column E",

    // disputed, left: the whole a recap's ratio divides by is offered as its target (the set: none)
    "rekap-apk-apm-dikmen-kabkota-sumut-2024.xlsx APK-APM 2024 column C",
  ],
);
