// The checker on the six workbooks of test/forms-blind329 (the BPBD: desa/nagari tangguh bencana per kecamatan, kajian risiko, waktu tanggap per triwulan, rehabilitasi dan rekonstruksi pascabencana per sektor; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of ea6e95d): tables 8/10 (a quarterly table under a caption, 'Sektor | TW I .. TW IV | Jumlah', read into the sector table above it), roles 73/84, planted mistakes 10/12, no false alarm, eleven other errors (that merged table's quarters read as pagu and realisation). A regression test of what the engine does,
// the misses listed below. Since: the quarters under the caption 'Realisasi keuangan per triwulan (Rp)' read as money paid.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind329 } from "./build";

scoreFormSet(
  "the three-hundred-and-twenty-ninth form set (test/forms-blind329)",
  writeFormsBlind329,
  { books: 6, tables: 10, findings: 12 },
  [],
  [
    // rule name, left: a year's Rp typed ten times named target-outlier (the set: sum-mismatch, hardcoded-value or number-scale)
    "renstra-tc27-bpbd-teluk-wahana-2025-2029-329.xlsx Tabel 6.1!J14",
  ],
);
