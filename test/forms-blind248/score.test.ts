// The checker on the six workbooks of test/forms-blind248 (the Dinas PUPR Cipta Karya on PBG, SLF, retribusi PBG and telecommunication towers; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of e1cd520): tables 9/9, roles 77/89, planted mistakes 11/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind248 } from "./build";

scoreFormSet(
  "the two-hundred-and-forty-eighth form set (test/forms-blind248)",
  writeFormsBlind248,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-2025-2029-cipta-karya-tanjung-meranti.xlsx Tabel 5.1 column Q",
    // recap conventions, left: PBG applications by outcome per kecamatan and the share issued as nothing (the set: realised, capaian), retribusi in Rp as a budget (the set: realised Rp); towers registered as a target (the set: realised)
    "rekap-permohonan-pbg-retribusi-per-kecamatan-lembah-seruni.xlsx Rekap PBG 2024 column C",
    "rekap-permohonan-pbg-retribusi-per-kecamatan-lembah-seruni.xlsx Rekap PBG 2024 column D",
    "rekap-permohonan-pbg-retribusi-per-kecamatan-lembah-seruni.xlsx Rekap PBG 2024 column E",
    "rekap-permohonan-pbg-retribusi-per-kecamatan-lembah-seruni.xlsx Rekap PBG 2024 column F",
    "rekap-permohonan-pbg-retribusi-per-kecamatan-lembah-seruni.xlsx Rekap PBG 2024 column G",
    "rekap-permohonan-pbg-retribusi-per-kecamatan-lembah-seruni.xlsx Rekap PBG 2024 column H",
    "retribusi-pbg-triwulan-dan-menara-telekomunikasi-tanjung-meranti.xlsx Retribusi dan Menara column J",
    // disputed, left: a retribusi's target and realisations in Rp read as pagu and money spent (the set: target, realised)
    "retribusi-pbg-triwulan-dan-menara-telekomunikasi-tanjung-meranti.xlsx Retribusi dan Menara column B",
    "retribusi-pbg-triwulan-dan-menara-telekomunikasi-tanjung-meranti.xlsx Retribusi dan Menara column C",
    "retribusi-pbg-triwulan-dan-menara-telekomunikasi-tanjung-meranti.xlsx Retribusi dan Menara column E",
  ],
);
