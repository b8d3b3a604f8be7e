// The checker on the six workbooks of test/forms-blind336 (an RSUD: BOR, AvLOS, TOI, BTO per ruang, pendapatan BLUD per sumber with kepuasan pasien per triwulan, waktu tunggu; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 8a69266): tables 10/10, roles 76/78, planted mistakes 10/12 (a PK anggaran ten times below the Renstra's pagu not found; a stale kepuasan % named capaian-mismatch), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below. Since: the IKU Renstra's pagu columns ('Tahun - 1' under 'Pagu Indikatif Program (Rp)') read by
// their caption, and the PK's anggaran a zero short of that pagu named number-scale.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind336 } from "./build";

scoreFormSet(
  "the three-hundred-and-thirty-sixth form set (test/forms-blind336)",
  writeFormsBlind336,
  { books: 6, tables: 10, findings: 12 },
  [],
  [
    // rule name, left: a stale kepuasan % named capaian-mismatch, as planners name a stale capaian (the set: ratio-components-mismatch)
    "rekap-pendapatan-blud-kepuasan-teluk-serumpun-336.xlsx Pendapatan BLUD 2024!J8",
  ],
);
