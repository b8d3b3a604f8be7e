// The checker on the six workbooks of test/forms-blind292 (the Dinas Pendidikan provinsi on SMA and SMK: APK, lulusan SMK bekerja (BMW), guru bersertifikat, BOSDA per cabang dinas; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of be8170c): tables 9/9, roles 82/91 ('Keterserapan Lulusan > Bekerja' read as an absorption of money, a capaian), planted mistakes 10/12 (a typed JUMLAH in a column read so; a stale % BMW named ratio-components-mismatch), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind292 } from "./build";

scoreFormSet(
  "the two-hundred-and-ninety-second form set (test/forms-blind292)",
  writeFormsBlind292,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-disdik-smk-muara-selasih-2025-2029.xlsx Tabel T-C.27 column P",
    // recap conventions, left: graduates and those not taken up as realised, the % BMW as nothing, teachers as a target (the set: nothing, capaian, nothing)
    "tracer-lulusan-smk-bmw-guru-sertifikasi-muara-selasih.xlsx BMW 2024 column C",
    "tracer-lulusan-smk-bmw-guru-sertifikasi-muara-selasih.xlsx BMW 2024 column H",
    "tracer-lulusan-smk-bmw-guru-sertifikasi-muara-selasih.xlsx BMW 2024 column I",
    "tracer-lulusan-smk-bmw-guru-sertifikasi-muara-selasih.xlsx BMW 2024 column L",
    // disputed, left: a stale '% BMW' whose own formula gives 70,21 is ratio-components-mismatch (the set: capaian-mismatch)
    "tracer-lulusan-smk-bmw-guru-sertifikasi-muara-selasih.xlsx BMW 2024!H11",
  ],
);
