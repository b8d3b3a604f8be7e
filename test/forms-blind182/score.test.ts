// The checker on the six workbooks of test/forms-blind182 (the percepatan penurunan stunting of a Bappeda and a Dinas Kesehatan: e-PPGBM, SSGI, D/S, KEK, TTD, desa lokus, Nusa Tenggara Timur and Kalimantan Selatan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of d2ac29e): tables 8/8, roles 91/95, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind182 } from "./build";

scoreFormSet(
  "the hundred-and-eighty-second form set (test/forms-blind182)",
  writeFormsBlind182,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-pendanaan-stunting-dinkes-batang-alai.xlsx T-C.27 column Q",
    // disputed, left (the recap convention): the toddlers targeted and measured are read as the
    // wholes (target) and the prevalence as their capaian (the set: nothing, and realised)
    ...["E", "H", "J"].map(
      (c) => `rekap-eppgbm-kecamatan-tpps-sumba-laut.xlsx Rekap e-PPGBM Agt 2024 column ${c}`,
    ),
  ],
);
