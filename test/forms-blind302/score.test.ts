// The checker on the six workbooks of test/forms-blind302 (the Dinas Kesehatan on maternal and child health: imunisasi dasar lengkap, UCI desa/kelurahan, K1 and K6, persalinan di fasyankes, AKI and AKB, SPM kesehatan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 1a6d0bc): tables 9/9, roles 90/94, planted mistakes 11/11, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind302 } from "./build";

scoreFormSet(
  "the three-hundred-and-second form set (test/forms-blind302)",
  writeFormsBlind302,
  { books: 6, tables: 9, findings: 11 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-dinkes-watu-lembo-2025-2029.xlsx Tabel 6.1 column Q",
    // recap conventions, left: the villages counted under 'Desa/Kelurahan > Jumlah' as nothing (the set), where the engine offers them as the UCI share's target; live births as nothing (the set), where the engine guesses a realisation
    "rekap-idl-uci-per-puskesmas-tanjung-sirih-2024.xlsx IDL-UCI 2024 column H",
    "rekap-kia-triwulan-aki-akb-watu-lembo-2024.xlsx KIA 2024 column N",
    // left: a column headed only 'Per' holding '100.000 KH' is no unit column the engine knows (the set: satuan)
    "rekap-kia-triwulan-aki-akb-watu-lembo-2024.xlsx KIA 2024 column P",
  ],
);
