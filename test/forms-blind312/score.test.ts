// The checker on the six workbooks of test/forms-blind312 (the Dinas Pendidikan: APK / APM and angka putus sekolah per kecamatan, guru bersertifikat, BOS per triwulan, ruang kelas rusak; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 01e4ddf): tables 9/9, roles 79/84, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind312 } from "./build";

scoreFormSet(
  "the three-hundred-and-twelfth form set (test/forms-blind312)",
  writeFormsBlind312,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // recap conventions, left: the kecamatan as nothing and APK, APM and angka putus sekolah as realised (the set), where the engine reads places and capaian
    "rekap-apk-apm-putus-sekolah-kecamatan-lembah-sari-jaya-312.xlsx APK-APM SD 2024 column B",
    "rekap-apk-apm-putus-sekolah-kecamatan-lembah-sari-jaya-312.xlsx APK-APM SD 2024 column F",
    "rekap-apk-apm-putus-sekolah-kecamatan-lembah-sari-jaya-312.xlsx APK-APM SD 2024 column G",
    "rekap-apk-apm-putus-sekolah-kecamatan-lembah-sari-jaya-312.xlsx APK-APM SD 2024 column I",
    "rekap-apk-apm-putus-sekolah-kecamatan-lembah-sari-jaya-312.xlsx APK-APM SD 2024 column L",
  ],
);
