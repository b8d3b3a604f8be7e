// The checker on the six workbooks of test/forms-blind140 (agriculture offices: rice and maize, subsidised fertiliser, extension workers, Nusa Tenggara Barat and Gorontalo; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 64fd596): tables 7/7, roles 63/66, planted mistakes 11/12, no false alarm. A regression test of what the engine does, the
// misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind140 } from "./build";

scoreFormSet(
  "the hundred-and-fortieth form set (test/forms-blind140)",
  writeFormsBlind140,
  { books: 6, tables: 7, findings: 12 },
  [
    // fertiliser handed out above its allocation is named at the realisation (412,5 t against 385 t), as spending
    // above a pagu is; the set lists only the absorption cell beside it (I12)
    "alokasi-realisasi-pupuk-subsidi-tilongkabila-utara.xlsx Pupuk Subsidi 2024!H12",
  ],
  [
    // the same cell named, left: the set lists the absorption I12 only
    "alokasi-realisasi-pupuk-subsidi-tilongkabila-utara.xlsx Pupuk Subsidi 2024!I12",
    // disputed, left: a production recap's harvested areas are read as the year's realisation (the set: no role)
    "rekap-produksi-padi-jagung-kecamatan-rinjani-selatan.xlsx Produksi 2024 column C",
    "rekap-produksi-padi-jagung-kecamatan-rinjani-selatan.xlsx Produksi 2024 column F",
  ],
);
