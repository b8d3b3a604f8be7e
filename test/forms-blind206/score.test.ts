// The checker on the six workbooks of test/forms-blind206 (an RSUD on rawat inap indicators (BOR, ALOS, TOI, BTO, NDR, GDR), SPM rumah sakit and BLUD revenue, Nusa Tenggara Barat and Sulawesi Tengah; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 80a32de): tables 8/8, roles 70/78, planted mistakes 10/11, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind206 } from "./build";

scoreFormSet(
  "the two-hundred-and-sixth form set (test/forms-blind206)",
  writeFormsBlind206,
  { books: 6, tables: 8, findings: 11 },
  [],
  [
    // disputed, left (revenue in Rp): BLUD revenue planned and received to date is offered as a
    // performance target and realisations (the set: budget and realised Rp)
    ...["C", "D", "E", "F", "G"].map(
      (c) => `pendapatan-blud-rsud-manambai-sumbawa-timur-2024.xlsx Pendapatan BLUD column ${c}`,
    ),
    // disputed, left: an SPM recap's kind of service names the rows, its standard keeps no role, and
    // its capaian is a capaian (the set: sasaran, target, realised)
    ...["B", "D", "G"].map((c) => `rekap-spm-rumah-sakit-toili-raya-2024.xlsx SPM RS 2024 column ${c}`),
  ],
);
