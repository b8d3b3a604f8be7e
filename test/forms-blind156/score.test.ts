// The checker on the six workbooks of test/forms-blind156 (a BKPSDM: IP ASN, 20 JP, sistem merit, Bengkulu and Sulawesi Utara; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 891a968): tables 9/9, roles 80/88, planted mistakes 11/12, no false alarm. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind156 } from "./build";

scoreFormSet(
  "the hundred-and-fifty-sixth form set (test/forms-blind156)",
  writeFormsBlind156,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left (the recap convention): civil servants per office and golongan offered as
    // realised (the set: none)
    ...["C", "D", "E", "F", "G", "H", "I"].map(
      (c) => `rekap-asn-golongan-per-opd-rejang-hulu.xlsx Rekap ASN Des 2024 column ${c}`,
    ),
    // left: a working table "Uraian | s.d. Desember 2024" keeps no role (the set: realised)
    "lkjip-20jp-ip-asn-bkpsdm-seluma-raya-2024.xlsx Tabel 3.1 column C",
  ],
);
