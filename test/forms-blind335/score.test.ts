// The checker on the six workbooks of test/forms-blind335 (the Dinas Pemberdayaan Masyarakat dan Desa: IDM status per kecamatan, dana desa penyaluran per tahap, BUMDes, kader pemberdayaan, realisasi per bidang per triwulan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 8a69266): tables 9/9, roles 84/84, planted mistakes 10/12 (a JUMLAH % averaging the bidang named inconsistent-formula; a typed 103,15 % penyaluran named capaian-mismatch and serapan-over-100), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind335 } from "./build";

scoreFormSet(
  "the three-hundred-and-thirty-fifth form set (test/forms-blind335)",
  writeFormsBlind335,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // rule names, left: a JUMLAH % averaging the rows named inconsistent-formula (the set: ratio-components-mismatch or capaian-mismatch); a typed penyaluran of 103,15 % named capaian-mismatch and serapan-over-100 (the set: percent-out-of-range, ratio-components-mismatch or hardcoded-value)
    "rekap-penyaluran-dana-desa-idm-per-kecamatan-lembah-sarimbun-335.xlsx Dana Desa 2024!I13",
    "realisasi-anggaran-per-bidang-triwulan-dpmd-batu-lintang-335.xlsx Realisasi TW 2024!H13",
  ],
);
