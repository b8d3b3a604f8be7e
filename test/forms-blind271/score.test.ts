// The checker on the six workbooks of test/forms-blind271 (the BPBD on desa tangguh bencana, EWS, logistik buffer stock and korban dilayani; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of a271e76): tables 9/9, roles 91/100, planted mistakes 11/12 (a PK's 7 jam against the Renstra's 7,5 taken as the same within half a printed unit), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind271 } from "./build";

scoreFormSet(
  "the two-hundred-and-seventy-first form set (test/forms-blind271)",
  writeFormsBlind271,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "renstra-tc27-pendanaan-bpbd-sungai-rawa.xlsx T-C.27 BPBD column R",
    // recap conventions, left: disasters and people affected as realised and target (the set: nothing)
    "rekap-korban-terdampak-dilayani-per-kecamatan-tanah-lingga.xlsx Rekap Korban 2024 column C",
    "rekap-korban-terdampak-dilayani-per-kecamatan-tanah-lingga.xlsx Rekap Korban 2024 column D",
    // recap conventions, left: a stock card (opening stock, received, distributed, closing stock) read as realisations, its kinds of goods as nothing (the set: indikator, kondisi awal, nothing, nothing, kondisi akhir); the share of EWS working as nothing (the set: capaian)
    "logistik-buffer-stock-dan-ews-bpbd-sungai-rawa-2024.xlsx Logistik dan EWS 2024 column B",
    "logistik-buffer-stock-dan-ews-bpbd-sungai-rawa-2024.xlsx Logistik dan EWS 2024 column D",
    "logistik-buffer-stock-dan-ews-bpbd-sungai-rawa-2024.xlsx Logistik dan EWS 2024 column E",
    "logistik-buffer-stock-dan-ews-bpbd-sungai-rawa-2024.xlsx Logistik dan EWS 2024 column F",
    "logistik-buffer-stock-dan-ews-bpbd-sungai-rawa-2024.xlsx Logistik dan EWS 2024 column G",
    "logistik-buffer-stock-dan-ews-bpbd-sungai-rawa-2024.xlsx Logistik dan EWS 2024 column R",
  ],
);
