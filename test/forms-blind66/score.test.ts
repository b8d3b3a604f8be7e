// The checker on the six workbooks of test/forms-blind66 (public works and housing offices of Sumatera Selatan and Bengkulu; written without
// reading src/, though the writer's first command showed it the latest commit subjects). First score, before the detector saw them (engine of
// 872e9b3): tables 7/7, roles 46/51, planted mistakes 8/14, one false alarm. Fixed since, except what is listed below: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind66 } from "./build";

scoreFormSet(
  "the sixty-sixth form set (test/forms-blind66)",
  writeFormsBlind66,
  { books: 6, tables: 7, findings: 14 },
  [
    // the payment above the contract is named at the amount paid (serapan-over-100's
    // convention: the amounts show it), the set lists the % column beside it (L13)
    "progres-paket-konstruksi-tw3-2024-bina-marga-sumsel.xlsx Progres TW III!K13",
  ],
  [
    "progres-paket-konstruksi-tw3-2024-bina-marga-sumsel.xlsx Progres TW III!L13",
    // gap, left: a road's length against its four conditions, an identity the header does not
    // say (no "Jumlah"), and a row off by one part is not traced to the part (I8)
    "kondisi-jalan-prov-menurut-kabkota-2024-dpupr-bengkulu.xlsx Kondisi per Kab!I8",
  ],
);
