// The checker on the six workbooks of test/forms-blind350 (a BKPSDM: ASN per golongan and pendidikan per unit kerja, ASN reaching 20 JP per triwulan beside kenaikan pangkat April and Oktober, indeks profesionalitas, hukuman disiplin; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 1cf98fc): tables 9/9, roles 77/78, planted mistakes 11/12 (a typed 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra (%)' found as hardcoded-value only: the column was not read as measured against the Renstra's end, so the capaian check folded it into a column info), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below. Since: 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra' is measured against the end-period target.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind350 } from "./build";

scoreFormSet(
  "the three-hundred-and-fiftieth form set (test/forms-blind350)",
  writeFormsBlind350,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // convention, left: the kondisi akhir Rp read as kondisi-akhir (the set: anggaran)
    "tc27-bkpsdm-batu-karang-timur-350.xlsx T-C.27 column Q",
  ],
);
