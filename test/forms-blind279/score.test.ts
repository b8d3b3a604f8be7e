// The checker on the six workbooks of test/forms-blind279 (the Dinas Pendidikan on SMP: APM, putus sekolah, murid per guru, ruang kelas and akreditasi; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 91aa6d5): tables 9/9, roles 87/95, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind279 } from "./build";

scoreFormSet(
  "the two-hundred-and-seventy-ninth form set (test/forms-blind279)",
  writeFormsBlind279,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-pendanaan-smp-disdik-tanjung-baruna.xlsx Tabel 6.1 column S",
    // recap conventions, left: pupils of 13-15 by school kind and the APM as nothing (the set: realised, capaian); pupils per teacher as a capaian and classrooms rehabilitated as nothing (the set: nothing, realised)
    "rekap-apm-smp-per-kecamatan-lembah-seruni-2024.xlsx APM Kecamatan column D",
    "rekap-apm-smp-per-kecamatan-lembah-seruni-2024.xlsx APM Kecamatan column E",
    "rekap-apm-smp-per-kecamatan-lembah-seruni-2024.xlsx APM Kecamatan column F",
    "rekap-apm-smp-per-kecamatan-lembah-seruni-2024.xlsx APM Kecamatan column G",
    "rekap-apm-smp-per-kecamatan-lembah-seruni-2024.xlsx APM Kecamatan column H",
    "rasio-guru-murid-rehab-ruang-kelas-smp-tanjung-baruna.xlsx Rekap SMP 2024 column H",
    "rasio-guru-murid-rehab-ruang-kelas-smp-tanjung-baruna.xlsx Rekap SMP 2024 column K",
  ],
);
