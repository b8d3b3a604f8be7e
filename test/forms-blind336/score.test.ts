// The checker on the six workbooks of test/forms-blind336 (an RSUD: BOR, AvLOS, TOI, BTO per ruang, pendapatan BLUD per sumber with kepuasan pasien per triwulan, waktu tunggu; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 8a69266): tables 10/10, roles 76/78, planted mistakes 10/12 (a PK anggaran ten times below the Renstra's pagu not found; a stale kepuasan % named capaian-mismatch), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind336 } from "./build";

scoreFormSet(
  "the three-hundred-and-thirty-sixth form set (test/forms-blind336)",
  writeFormsBlind336,
  { books: 6, tables: 10, findings: 12 },
  [],
  [
    // left: a PK's anggaran typed ten times below the Renstra's pagu for the year (the set: number-scale or cross-table-mismatch), the IKU Renstra's Rp columns read as nothing (the set: pagu per year)
    "pk-2025-rsud-teluk-serumpun-336.xlsx IKU Renstra column C",
    "pk-2025-rsud-teluk-serumpun-336.xlsx IKU Renstra column D",
    "pk-2025-rsud-teluk-serumpun-336.xlsx PK 2025!C17",
    // rule name, left: a stale kepuasan % named capaian-mismatch, as planners name a stale capaian (the set: ratio-components-mismatch)
    "rekap-pendapatan-blud-kepuasan-teluk-serumpun-336.xlsx Pendapatan BLUD 2024!J8",
  ],
);
