// The checker on the six workbooks of test/forms-blind161 (a Dinas Peternakan dan Kesehatan Hewan: rabies, IB, PMK, produksi ternak, Nusa Tenggara Timur and Jawa Timur; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of becb922): tables 7/8, roles 58/80, planted mistakes 13/13, one false alarm (the S/C row's refleksi named wrong: the note's "S/C dan angka kematian ternak" was read as naming only the second), no other finding (an E.81's and an LKjIP's rata-rata and predikat rows under a blank row read as data, a growth over "2023-2024" given 2023). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind161 } from "./build";

scoreFormSet(
  "the hundred-and-sixty-first form set (test/forms-blind161)",
  writeFormsBlind161,
  { books: 6, tables: 8, findings: 13 },
  [],
  [
    // disputed, left: the set reads the program / kegiatan name column beside the indicator column
    // as an indicator; the engine keeps one indicator column and gives the names no role (most
    // sets list no role for it)
    "tc27-pendanaan-renstra-disnakkeswan-brantas-hilir.xlsx T-C.27 column B",
    "evaluasi-e81-renja-disnakkeswan-sumba-lewa-tana.xlsx E.81 Renja 2024 column C",
  ],
);
