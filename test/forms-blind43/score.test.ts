// The checker on the six workbooks of test/forms-blind43 (transport and tourism offices of kota in Bali and NTB; written without reading
// src/). First score, before the detector saw them (engine of 823e1ad): tables 6/6, roles 50/65, planted mistakes 10/12, no false alarm, 1 other finding (a capaian s.d. TW III against the year's target, a JUMLAH above an average row, a period's pagu read as 2022's). Fixed since, except what is listed
// below: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind43 } from "./build";

scoreFormSet(
  "the forty-third form set (test/forms-blind43)",
  writeFormsBlind43,
  { books: 6, tables: 6, findings: 12 },
  [],
  [
    // disputed, left: the sets call every measured figure of a recap (visitors per attraction,
    // tests per month, production per kabupaten, area per year, aid units) a realisation; the
    // checker leaves such columns without a role and checks their sums by the table's own
    // JUMLAH and row identities (core/rules/rekapHitungan). Also "Sifat" read as remarks (the
    // set: no role), a zone's name and its officer (the set: place and responsible unit), the
    // aid's "Nilai (Rp)" read as amounts of the year (the set: realised money)
    "capaian-kinerja-sd-tw3-dishub-segara-lila-2024.xlsx Capaian TW III column E",
    "retribusi-parkir-per-zona-bulanan-pancor-sari-2024.xlsx Parkir 2024 column B",
    "retribusi-parkir-per-zona-bulanan-pancor-sari-2024.xlsx Parkir 2024 column C",
    "rekap-uji-kir-bulanan-uptd-pkb-segara-lila-2024.xlsx Uji KIR 2024 column D",
    "rekap-uji-kir-bulanan-uptd-pkb-segara-lila-2024.xlsx Uji KIR 2024 column E",
    "rekap-uji-kir-bulanan-uptd-pkb-segara-lila-2024.xlsx Uji KIR 2024 column F",
    "rekap-uji-kir-bulanan-uptd-pkb-segara-lila-2024.xlsx Uji KIR 2024 column G",
    "kunjungan-wisatawan-per-dtw-dispar-pancor-sari-2023-2024.xlsx Kunjungan DTW column B",
    "kunjungan-wisatawan-per-dtw-dispar-pancor-sari-2023-2024.xlsx Kunjungan DTW column D",
    "kunjungan-wisatawan-per-dtw-dispar-pancor-sari-2023-2024.xlsx Kunjungan DTW column E",
    "kunjungan-wisatawan-per-dtw-dispar-pancor-sari-2023-2024.xlsx Kunjungan DTW column F",
    "kunjungan-wisatawan-per-dtw-dispar-pancor-sari-2023-2024.xlsx Kunjungan DTW column G",
    "kunjungan-wisatawan-per-dtw-dispar-pancor-sari-2023-2024.xlsx Kunjungan DTW column H",
    "kunjungan-wisatawan-per-dtw-dispar-pancor-sari-2023-2024.xlsx Kunjungan DTW column I",
    "kunjungan-wisatawan-per-dtw-dispar-pancor-sari-2023-2024.xlsx Kunjungan DTW column J",
  ],
);
