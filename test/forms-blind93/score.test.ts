// The checker on the six workbooks of test/forms-blind93 (labour and transmigration offices of a kabupaten in Kalimantan Barat
// and Provinsi Bengkulu; written without reading src/ or the commit subjects). First score, before the detector saw them (engine
// of ff73517): tables 8/8, roles 82/85, planted mistakes 11/12, one false alarm (a warning: a note's "jumlah KK transmigran" summed
// into the row "Rata-rata pendapatan KK transmigran per bulan", fixed: a level of the notes' subject is
// not what they sum). A regression test of what the engine does, the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind93 } from "./build";

const BLK = "peserta-blk-lulus-ditempatkan-per-kejuruan-bengkulu.xlsx";

scoreFormSet(
  "the ninety-third form set (test/forms-blind93)",
  writeFormsBlind93,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // gap: more placed than graduated in one kejuruan (74 of 47: "% Penempatan" 157.45), a share
    // whose header names no share of what is done (F14 / H14)
    `${BLK} Rekap Kejuruan!F14`,
    // disputed, left: the kejuruan naming the rows keeps no role, the set: indicator; the trainees
    // registered read as the target the shares divide, the set: realised
    `${BLK} Rekap Kejuruan column B`,
    `${BLK} Rekap Kejuruan column D`,
  ],
);
