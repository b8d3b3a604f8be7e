// The checker on the six workbooks of test/forms-blind249 (the Dinas Kesehatan TBC programme: case notification, treatment coverage and success, TPT, TB-RO; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of b98acd3): tables 9/9, roles 79/91, planted mistakes 11/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind249 } from "./build";

scoreFormSet(
  "the two-hundred-and-forty-ninth form set (test/forms-blind249)",
  writeFormsBlind249,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-pendanaan-tbc-dinkes-tanjung-rawai.xlsx Tabel 6.1 column Q",
    // disputed, left: a PK's 'Pelaporan' column as nothing (the set: keterangan), 'Sumber Dana' as keterangan (the set: sumber-data)
    "pk-2025-dan-renstra-tbc-dinkes-tanjung-rawai.xlsx PK 2025 column E",
    "pk-2025-dan-renstra-tbc-dinkes-tanjung-rawai.xlsx PK 2025 column D",
    // recap conventions, left: cases found among adults and children as nothing (the set: realised); TB-RO suspects examined and cured as nothing, confirmed cases as a target, patients on treatment at the period's end as a kondisi akhir (the set: realised)
    "rekap-notifikasi-tbc-per-puskesmas-lembah-sirinjang-2024.xlsx Rekap per PKM column E",
    "rekap-notifikasi-tbc-per-puskesmas-lembah-sirinjang-2024.xlsx Rekap per PKM column F",
    "rekap-triwulan-tbc-ro-tanjung-rawai-2024.xlsx TBC RO 2024 column C",
    "rekap-triwulan-tbc-ro-tanjung-rawai-2024.xlsx TBC RO 2024 column D",
    "rekap-triwulan-tbc-ro-tanjung-rawai-2024.xlsx TBC RO 2024 column G",
    "rekap-triwulan-tbc-ro-tanjung-rawai-2024.xlsx TBC RO 2024 column H",
  ],
);
