// The checker on the six workbooks of test/forms-blind166 (a Dinas Kesehatan on infectious diseases: TB, HIV, malaria, DBD, Nusa Tenggara Timur and Sumatera Utara; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of bef0635): tables 8/8, roles 72/73, planted mistakes 9/12, two false alarms, four other findings (the note's "API, IR DBD dan CFR DBD semakin kecil semakin baik" read as naming only CFR DBD, so the API's R / T went unnamed and IR DBD's refleksi was named wrong; a case notification rate guessed lower-is-better from "kasus"). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind166 } from "./build";

scoreFormSet(
  "the hundred-and-sixty-sixth form set (test/forms-blind166)",
  writeFormsBlind166,
  { books: 6, tables: 8, findings: 12 },
  [
    // the malaria row's Rp over its budget is named at the realisation (Q15, which the amounts show),
    // the set wants the ratio S15: one finding for the one mistake
    "evaluasi-e81-renja-p2p-dinkes-belu-utara.xlsx E.81 2024!Q15",
  ],
  [
    // disputed, left: the set wants the ratio S15 named (see the knock list)
    "evaluasi-e81-renja-p2p-dinkes-belu-utara.xlsx E.81 2024!S15",
    // left: a worked figure's "Jumlah" column (Uraian | Jumlah) under "Tabel 3.2" keeps no role,
    // the set: realised
    "lkjip-p2pm-tb-malaria-dinkes-timor-tengah-raya.xlsx Tabel 3.1 P2PM column C",
  ],
);
