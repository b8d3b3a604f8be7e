// The checker on the six workbooks of test/forms-blind229 (a UKPBJ on procurement: tender packages, e-katalog, efficiency against the HPS, sanggah and failed tenders, Jambi and Kalimantan Selatan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 69017fd): tables 9/9, roles 76/83, planted mistakes 13/13, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind229 } from "./build";

scoreFormSet(
  "the two-hundred-and-twenty-ninth form set (test/forms-blind229)",
  writeFormsBlind229,
  { books: 6, tables: 9, findings: 13 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-pendanaan-ukpbj-tanah-bumbung-2025-2029.xlsx Tabel 6.1 column R",
    // recap conventions, left: a contract value beside its HPS (the set: money spent), tenders decided and failed by quarter and their share (the set: realised, capaian), objections received (read as a target)
    "rekap-efisiensi-hps-metode-pemilihan-muara-sapih.xlsx Efisiensi 2024 column F",
    "tender-gagal-sanggah-triwulan-ukpbj-tanah-bumbung.xlsx Gagal dan Sanggah 2024 column B",
    "tender-gagal-sanggah-triwulan-ukpbj-tanah-bumbung.xlsx Gagal dan Sanggah 2024 column C",
    "tender-gagal-sanggah-triwulan-ukpbj-tanah-bumbung.xlsx Gagal dan Sanggah 2024 column D",
    "tender-gagal-sanggah-triwulan-ukpbj-tanah-bumbung.xlsx Gagal dan Sanggah 2024 column E",
    "tender-gagal-sanggah-triwulan-ukpbj-tanah-bumbung.xlsx Gagal dan Sanggah 2024 column J",
  ],
);
