// The checker on the six workbooks of test/forms-blind334 (the Dinas Ketahanan Pangan dan Perikanan: produksi ikan budidaya per kecamatan, angka konsumsi ikan, cadangan beras pemerintah per triwulan, skor PPH; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 8a69266): tables 9/9, roles 84/87, planted mistakes 10/12 (a quarter's Rp typed ten times too small under a 'Jumlah / Posisi Akhir' row not read as the total; a stale share named capaian-mismatch), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind334 } from "./build";

scoreFormSet(
  "the three-hundred-and-thirty-fourth form set (test/forms-blind334)",
  writeFormsBlind334,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // rule names, left: a quarter's Rp typed ten times too small named sum-mismatch by the typed total it breaks (the set: number-scale); a stale % CBIB formula named capaian-mismatch, as planners name a stale capaian (forms-blind230 .. 252; the set: ratio-components-mismatch or percent-out-of-range)
    "rekap-produksi-ikan-budidaya-per-kecamatan-lembah-sirangkak-2024-334.xlsx Produksi 2024!D10",
    "rekap-konsumsi-ikan-dan-cadangan-beras-batu-layar-2024-334.xlsx Rekap 2024!L11",
    // recap conventions, left: fish consumed and the rice stock as realised (the set), read as nothing; the kondisi akhir's Rp as pagu (the set)
    "tc27-renstra-dkpp-batu-layar-2025-2029-334.xlsx T-C.27 column S",
    "rekap-konsumsi-ikan-dan-cadangan-beras-batu-layar-2024-334.xlsx Rekap 2024 column C",
    "rekap-konsumsi-ikan-dan-cadangan-beras-batu-layar-2024-334.xlsx Rekap 2024 column K",
  ],
);
