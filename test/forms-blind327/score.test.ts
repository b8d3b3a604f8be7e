// The checker on the six workbooks of test/forms-blind327 (the Dinas Perumahan dan Kawasan Permukiman: RTLH per kecamatan, kawasan kumuh, PSU per triwulan, rumah layak huni; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of a20ce3e): tables 9/9, roles 80/82, planted mistakes 12/12, no false alarm, one other warning (a share of kelurahan with an up-to-date slum profile read as lower-is-better from 'kumuh'). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind327 } from "./build";

scoreFormSet(
  "the three-hundred-and-twenty-seventh form set (test/forms-blind327)",
  writeFormsBlind327,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // recap conventions, left: the RTLH to handle as target and the share handled as capaian (the set), read as nothing
    "rekap-rtlh-per-kecamatan-lembah-sirangit-327.xlsx Rekap RTLH 2024 column C",
    "rekap-rtlh-per-kecamatan-lembah-sirangit-327.xlsx Rekap RTLH 2024 column I",
  ],
);
