// The checker on the six workbooks of test/forms-blind97 (livestock and animal-health offices of Provinsi Sulawesi Selatan and
// a kabupaten in Lampung; written without reading src/ or the commit subjects). First score, before the detector saw them
// (engine of 8567aa7): tables 8/8, roles 89/92, planted mistakes 11/11, no false alarm. A regression test of what the engine
// does, the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind97 } from "./build";

const IB = "rekap-ib-per-kecamatan-way-sekampung-2024.xlsx";

scoreFormSet(
  "the ninety-seventh form set (test/forms-blind97)",
  writeFormsBlind97,
  { books: 6, tables: 8, findings: 11 },
  [],
  [
    // disputed, left: an insemination recap's columns: the cattle population read as realised (the
    // set: none), the doses planned beside the doses given read as the target (the set: realised),
    // the conception rate CR (%) as capaian (the set: none)
    `${IB} Rekap IB 2024 column C`,
    `${IB} Rekap IB 2024 column D`,
    `${IB} Rekap IB 2024 column J`,

    // disputed, left: T-C.27's end-period Rp is read as the kondisi akhir in money, as its heading
    // says (the set: the period's funding, anggaran)
    "renstra-tc27-disnakkeswan-sulsel-2025-2029.xlsx T-C.27 column Q",
  ],
);
