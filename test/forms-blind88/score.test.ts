// The checker on the six workbooks of test/forms-blind88 (industry and statistics offices of Jawa Tengah and Maluku Utara;
// written without reading src/ or the commit subjects). First score, before the detector saw them (engine of d079593): tables
// 9/9, roles 103/108, planted mistakes 12/12, no false alarm. Now a regression test; what is left is listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind88 } from "./build";

const IKM = "rekap-ikm-binaan-per-kecamatan-disperin-gamkonora.xlsx";

scoreFormSet(
  "the eighty-eighth form set (test/forms-blind88)",
  writeFormsBlind88,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left (the recap convention): the IKM counted per kecamatan offered as a target (the
    // whole its halal share divides), a quarter's production value total without a role, the
    // halal share as capaian, the sentra's commodity column without a role; the set: realised,
    // realised, none, indicator
    ...["C", "L", "N"].map((c) => `${IKM} Rekap IKM 2024 column ${c}`),
    `${IKM} Rekap IKM 2024 column B`,
    // disputed, left: "Capaian thd Target Akhir Renstra (%)" is 2024's realisation against the end
    // target, read as a capaian of 2024 (end of period); the set: of the end target's year, 2026
    "lkjip-2024-dinperin-jateng-capaian-iku.xlsx Capaian IKU 2024 column L",

    // disputed, left: T-C.27's end-period Rp is read as the kondisi akhir in money, as its heading
    // says (the set: the period's funding, anggaran)
    "renstra-tc27-dinperin-jateng-2025-2029.xlsx T-C.27 column R",
  ],
);
