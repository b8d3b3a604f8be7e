// The checker on the six workbooks of test/forms-blind344 (a Dinas Pendidikan: APK dan APM, angka putus sekolah per kecamatan, guru lulus PPG per korwil per triwulan beside akreditasi sekolah per jenjang, rata-rata lama sekolah; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of e05c6f2 with the 337 .. 340 round's fixes (uncommitted then)): tables 7/9 (a T-C.27 whose number row types 16 twice read it as a data row; two tables side by side under a header merged down over two rows read as one), roles 72/80, planted mistakes 11/12, no false alarm, ten other errors (the number row summed as a program, and the right table's Jumlah row read against the left's rows). A regression test of what the engine does,
// the misses listed below. Since: one number typed twice in a long number row is a slip; a header row whose labels are merged down over the row under it starts the header.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind344 } from "./build";

scoreFormSet(
  "the three-hundred-and-forty-fourth form set (test/forms-blind344)",
  writeFormsBlind344,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // recap convention, left: 'Bersertifikat Awal 2024' read as realised (the set: kondisi-awal), the % minimal B of the accreditation table as nothing (the set: capaian)
    "rekap-guru-ppg-akreditasi-tanjung-parigi-344.xlsx Guru dan Akreditasi column C",
    "rekap-guru-ppg-akreditasi-tanjung-parigi-344.xlsx Guru dan Akreditasi column R",
    // not found, left: 'Jumlah Sekolah' typed 122 where A + B + C + Belum give 118; another row differs by one too, so the rows set no practice
    "rekap-guru-ppg-akreditasi-tanjung-parigi-344.xlsx Guru dan Akreditasi!M7",
  ],
);
