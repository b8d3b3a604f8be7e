// The checker on the six workbooks of test/forms-blind296 (the BPKAD on penatausahaan: SP2D terbit tepat waktu, realisasi belanja per OPD per bulan, LRA and SiLPA; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 8eb0ffe): tables 9/9, roles 86/88, planted mistakes 10/12 (an LRA's 'SiLPA (3 + 6)' typed against its own label; a stale '% Tepat Waktu' named ratio-components-mismatch), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind296 } from "./build";

scoreFormSet(
  "the two-hundred-and-ninety-sixth form set (test/forms-blind296)",
  writeFormsBlind296,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-bpkad-kota-batu-rindang.xlsx T-C.27 column Q",
    // recap conventions, left: the monthly on-time share as nothing (the set: capaian)
    "sp2d-bulanan-dan-lra-silpa-batu-rindang-2024.xlsx SP2D dan LRA 2024 column G",
    // disputed, left: a stale '% Tepat Waktu' whose own formula gives 97,17 is ratio-components-mismatch (the set: capaian-mismatch)
    "sp2d-bulanan-dan-lra-silpa-batu-rindang-2024.xlsx SP2D dan LRA 2024!G14",
  ],
);
