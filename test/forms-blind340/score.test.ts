// The checker on the six workbooks of test/forms-blind340 (a Dinas Perpustakaan dan Kearsipan: tingkat gemar membaca, kunjungan perpustakaan per unit layanan, koleksi per jenis, perpustakaan kelurahan, arsip dinamis dan statis; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of e05c6f2): tables 9/9, roles 79/79, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind340 } from "./build";

scoreFormSet(
  "the three-hundred-and-fortieth form set (test/forms-blind340)",
  writeFormsBlind340,
  { books: 6, tables: 9, findings: 12 },
  [],
  [],
);
