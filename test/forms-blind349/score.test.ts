// The checker on the six workbooks of test/forms-blind349 (a DPMPTSP: realisasi investasi PMA and PMDN per sector per triwulan (two tables stacked), izin terbit melalui OSS per kecamatan beside IKM per unsur, waktu layanan perizinan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 1cf98fc): tables 10/10, roles 91/99, planted mistakes 11/12 (a count of permits' kondisi akhir typed as its last target beside one other count that adds up), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind349 } from "./build";

scoreFormSet(
  "the three-hundred-and-forty-ninth form set (test/forms-blind349)",
  writeFormsBlind349,
  { books: 6, tables: 10, findings: 12 },
  [],
  [
    // not found, left: 'Jumlah izin berusaha terbit melalui OSS' kondisi akhir typed as its last target; one other count adds up, too little practice to hold it to (see forms-blind345)
    "tc27-dpmptsp-batu-ampar-raya-349.xlsx T-C.27!P10",
    // convention, left: the kondisi akhir Rp read as kondisi-akhir (the set: anggaran)
    "tc27-dpmptsp-batu-ampar-raya-349.xlsx T-C.27 column Q",
    // recap convention, left: program and sector names read as indicator names (the set: nothing); the OSS recap's share on time, its IKM unsur and values read as nothing (the set: capaian, indikator, realisasi)
    "pk-2025-dpmptsp-batu-ampar-raya-349.xlsx PK 2025 column B",
    "rekap-realisasi-investasi-pma-pmdn-lembah-siraya-349.xlsx Investasi 2024 column B",
    "rekap-izin-oss-ikm-batu-ampar-raya-349.xlsx OSS dan IKM 2024 column G",
    "rekap-izin-oss-ikm-batu-ampar-raya-349.xlsx OSS dan IKM 2024 column H",
    "rekap-izin-oss-ikm-batu-ampar-raya-349.xlsx OSS dan IKM 2024 column J",
    "rekap-izin-oss-ikm-batu-ampar-raya-349.xlsx OSS dan IKM 2024 column L",
  ],
);
