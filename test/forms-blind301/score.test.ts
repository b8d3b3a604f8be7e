// The checker on the six workbooks of test/forms-blind301 (the Dinas Perhubungan: uji KIR, retribusi parkir tepi jalan umum, PJU terpasang and menyala, rambu dan marka, load factor angkutan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 1a6d0bc): tables 9/9, roles 84/88, planted mistakes 11/12 (a stale load factor named ratio-components-mismatch), one false alarm ('titik rawan kecelakaan yang belum dipasang rambu' read higher-is-better), no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind301 } from "./build";

scoreFormSet(
  "the three-hundred-and-first form set (test/forms-blind301)",
  writeFormsBlind301,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-pendanaan-renstra-dishub-tanjung-ladang.xlsx Tabel 6.1 column S",
    // recap conventions, left: lights installed as a target and '% Menyala', the load factor as capaian (the set), where the engine guesses a realisation and reads the shares as nothing
    "pju-menyala-load-factor-trayek-tanjung-ladang.xlsx Kondisi Des 2024 column C",
    "pju-menyala-load-factor-trayek-tanjung-ladang.xlsx Kondisi Des 2024 column F",
    "pju-menyala-load-factor-trayek-tanjung-ladang.xlsx Kondisi Des 2024 column L",
    // disputed, left: a stale load factor whose own formula gives 52,34 is ratio-components-mismatch (the set: capaian-mismatch)
    "pju-menyala-load-factor-trayek-tanjung-ladang.xlsx Kondisi Des 2024!L10",
  ],
);
