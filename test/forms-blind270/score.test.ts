// The checker on the six workbooks of test/forms-blind270 (the Diskominfo on statistik sektoral, Satu Data, metadata SDI, persandian and insiden siber; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of a271e76): tables 8/8, roles 78/86, planted mistakes 11/12 (a note 'indikator insiden siber dan indeks kerentanan berpolaritas negatif' not read, its 'ber' taken into the second subject), no false alarm, 1 other finding (the predikat of that row, judged on R/T). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind270 } from "./build";

scoreFormSet(
  "the two-hundred-and-seventieth form set (test/forms-blind270)",
  writeFormsBlind270,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-persandian-banua-tanjung-2025-2029.xlsx Tabel 5.1 column Q",
    // recap conventions, left: the producing offices naming the rows as nothing (the set: lokasi); the share of complete metadata as nothing (the set: capaian); BPS recommendations as realised (the set: nothing)
    "rekap-dataset-satu-data-per-pd-lembah-sariak.xlsx Rekap Satu Data column B",
    "rekap-dataset-satu-data-per-pd-lembah-sariak.xlsx Rekap Satu Data column G",
    "rekap-dataset-satu-data-per-pd-lembah-sariak.xlsx Rekap Satu Data column H",
    // recap conventions, left: incidents in handling, escalated and followed up as nothing (the set: realised); certificates active at the period's end as a kondisi akhir (the set: nothing)
    "rekap-insiden-siber-sertifikat-banua-tanjung-2024.xlsx Insiden TTIS 2024 column D",
    "rekap-insiden-siber-sertifikat-banua-tanjung-2024.xlsx Insiden TTIS 2024 column E",
    "rekap-insiden-siber-sertifikat-banua-tanjung-2024.xlsx Insiden TTIS 2024 column F",
    "rekap-insiden-siber-sertifikat-banua-tanjung-2024.xlsx Insiden TTIS 2024 column I",
  ],
);
