// The checker on the six workbooks of test/forms-blind294 (the Disdukcapil on jemput bola services, akta kelahiran anak, KIA and perekaman KTP-el pemula per kecamatan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 8eb0ffe): tables 9/9, roles 84/88, planted mistakes 10/12 (a typed 'KIA Kumulatif' beside 'KIA Terbit', carried from an opening balance; a typed 'Jumlah 2024' under quarter rows), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind294 } from "./build";

scoreFormSet(
  "the two-hundred-and-ninety-fourth form set (test/forms-blind294)",
  writeFormsBlind294,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // recap conventions, left: KTP-el and birth counts beside the certain figures as realised, the on-time share as nothing, the children as a target (the set: nothing, capaian, nothing)
    "rekap-ktp-el-pemula-jemput-bola-muara-lintang.xlsx KTP-el Pemula 2024 column I",
    "rekap-akta-anak-kia-triwulan-sengkala-baru.xlsx Akta dan KIA 2024 column B",
    "rekap-akta-anak-kia-triwulan-sengkala-baru.xlsx Akta dan KIA 2024 column F",
    "rekap-akta-anak-kia-triwulan-sengkala-baru.xlsx Akta dan KIA 2024 column I",
    // left: a typed 'Jumlah 2024' under the quarter rows of late birth certificates, in a table whose indicator is its heading, not a row (quarter rows are summed only for an indicator read as a flow)
    "rekap-akta-anak-kia-triwulan-sengkala-baru.xlsx Akta dan KIA 2024!D10",
  ],
);
