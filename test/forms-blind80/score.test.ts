// The checker on the six workbooks of test/forms-blind80 (Bappeda of kabupaten in Bali and Sulawesi Selatan: IKD, IKK, a cascade and an
// LKjIP summary; written without reading src/ or the commit subjects). First score, before the detector saw them (engine of 8bf6aea):
// tables 8/8, roles 64/68, planted mistakes 7/12, no false alarm. Fixed since, except what is listed below: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind80 } from "./build";

scoreFormSet(
  "the eightieth form set (test/forms-blind80)",
  writeFormsBlind80,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // rule names disputed, left: a footer's Rata-rata capaian recomputed by capaian-mismatch, the
    // set lists sum-mismatch and hardcoded-value (G17). (Its I12, a target two steps off its
    // falling series the wrong way, is target-trend's since forms-blind132.)
    "ikk-urusan-rumus-capaian-bappelitbangda-bonto-lempangan.xlsx LPPD IKK!G17",
    // disputed: a share computed per kecamatan read as a capaian (the recap convention); an IKK's
    // value from its pembilang and penyebut read as a capaian, the set: its realisation; a
    // cascade's name column under "Tujuan / Sasaran / Program" read as sasaran; a budget table's
    // programme-name column names its rows
    "evaluasi-ikd-tren-kemiskinan-kecamatan-bappelitbangda-batu-lappa.xlsx Miskin Kecamatan column F",
    "ikk-lppd-rumus-pembilang-penyebut-bappeda-bukit-jambul.xlsx IKK 2024 column G",
    "cascading-pohon-kinerja-pagu-bappelitbangda-sawang-saripa.xlsx Cascading 2025 column C",
    "lkjip-ringkasan-predikat-serapan-bappeda-danu-batur.xlsx Ringkasan LKjIP column B",
  ],
);
