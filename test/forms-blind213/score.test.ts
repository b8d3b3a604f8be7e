// The checker on the six workbooks of test/forms-blind213 (a Dispora on kepemudaan: pemuda pelopor, OKP, Paskibraka, wirausaha muda and a gelanggang remaja, Sumatera Barat and Kalimantan Barat; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of a9c0ac6): tables 9/9 (one, the wirausaha recap, a row early: its number row '(10) = (9)/Jumlah (9) x 100' not read), roles 76/88, planted mistakes 11/12 (the E.81 predikat taken for a consequence of a Rp sum, through the capaian beside it), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind213 } from "./build";

scoreFormSet(
  "the two-hundred-and-thirteenth form set (test/forms-blind213)",
  writeFormsBlind213,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-pendanaan-kepemudaan-dispora-tanjung-lindai.xlsx T-C.27 Kepemudaan column Q",
    // recap conventions, left: a recap's counts, share and aid (the set: realised, capaian, realised Rp)
    "rekap-wirausaha-muda-per-kecamatan-bukit-saranggi.xlsx Wirausaha Muda 2024 column D",
    "rekap-wirausaha-muda-per-kecamatan-bukit-saranggi.xlsx Wirausaha Muda 2024 column E",
    "rekap-wirausaha-muda-per-kecamatan-bukit-saranggi.xlsx Wirausaha Muda 2024 column F",
    "rekap-wirausaha-muda-per-kecamatan-bukit-saranggi.xlsx Wirausaha Muda 2024 column G",
    "rekap-wirausaha-muda-per-kecamatan-bukit-saranggi.xlsx Wirausaha Muda 2024 column H",
    "rekap-wirausaha-muda-per-kecamatan-bukit-saranggi.xlsx Wirausaha Muda 2024 column I",
    // visitors counted and a revenue target in Rp (the set: realised; anggaran)
    "gelanggang-remaja-paskibraka-tanjung-lindai.xlsx Gelanggang Remaja 2024 column E",
    "gelanggang-remaja-paskibraka-tanjung-lindai.xlsx Gelanggang Remaja 2024 column G",
  ],
);
