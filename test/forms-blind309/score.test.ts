// The checker on the six workbooks of test/forms-blind309 (the Dinas Penanaman Modal dan PTSP: realisasi investasi PMA / PMDN per kecamatan, LKPM, perizinan OSS per sektor, waktu penyelesaian izin; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 01e4ddf): tables 8/9 (a permit recap whose rows are named under 'Sektor Usaha' was no table), roles 78/82, planted mistakes 10/12 (the two in that recap), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind309 } from "./build";

scoreFormSet(
  "the three-hundred-and-ninth form set (test/forms-blind309)",
  writeFormsBlind309,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // recap conventions, left: a share of the kecamatan's total investment ('Pangsa (%)') as capaian, the average days to settle a permit as realised beside its SOP standard (read as the target since forms-blind314) (the set), where the engine reads nothing
    "rekap-realisasi-investasi-kecamatan-lembah-seruni-309.xlsx Investasi 2024 column H",
    "rekap-perizinan-oss-sektor-pare-bulawan-309.xlsx Perizinan 2025 column G",
  ],
);
