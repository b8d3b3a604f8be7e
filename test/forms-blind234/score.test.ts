// The checker on the six workbooks of test/forms-blind234 (a Badan Kesbangpol on ormas, FKUB, political education and social conflict, Sumatera Barat and Kalimantan Barat; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 4f7c155): tables 9/9, roles 74/76, planted mistakes 11/12 ('konflik sosial yang berulang' read as more-is-better), no false alarm, one other finding (a target-trend warning). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind234 } from "./build";

scoreFormSet(
  "the two-hundred-and-thirty-fourth form set (test/forms-blind234)",
  writeFormsBlind234,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-kesbangpol-tanjung-keramat.xlsx Tabel 6.1 column R",
    // recap conventions, left: a share of ormas reporting as nothing (the set: capaian)
    "rekap-ormas-terdaftar-per-kecamatan-lembah-sariak.xlsx Rekap Ormas 2024 column H",
  ],
);
