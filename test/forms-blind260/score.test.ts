// The checker on the six workbooks of test/forms-blind260 (the DPMD on perdes APBDes, Siskeudes and dana desa per tahap; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of cc878e1): tables 9/9, roles 86/88, planted mistakes 10/12, 2 false alarms (an E.81 percentage row noted 'kumulatif (posisi TW IV)' summed over its quarters), 2 other findings. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind260 } from "./build";

scoreFormSet(
  "the two-hundred-and-sixtieth form set (test/forms-blind260)",
  writeFormsBlind260,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // left: a stage's count typed in a per-tahap table beside the per-kecamatan table it should match (no cross-table check of two tables on one sheet)
    "dana-desa-2024-penyaluran-per-tahap-muara-pelangan.xlsx Dana Desa 2024!N9",
    "dana-desa-2024-penyaluran-per-tahap-muara-pelangan.xlsx Dana Desa 2024!G12",
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-pendanaan-renstra-dpmd-muara-pelangan.xlsx Tabel 6.1 column Q",
    // left: 'Perdes APBDes Ditetapkan > s.d. 31 Des 2024' read as 2024 in a 2025 recap (the set: 2025)
    "rekap-perdes-apbdes-siskeudes-per-kecamatan-lembah-saroka.xlsx Perdes APBDes 2025 column D",
  ],
);
