// The checker on the six workbooks of test/forms-blind278 (the Inspektorat on BPK follow-up, kerugian daerah, SPIP maturity, APIP capability and probity audit; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 91aa6d5): tables 9/9, roles 83/95, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind278 } from "./build";

scoreFormSet(
  "the two-hundred-and-seventy-eighth form set (test/forms-blind278)",
  writeFormsBlind278,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-inspektorat-kapuas-hilir-raya.xlsx T-C.27 Inspektorat column Q",
    // recap conventions, left: the offices naming a follow-up recap's rows as responsible (the set: nothing); recommendations as a target; amounts returned in Rp as realised counts; the share settled as nothing (the set: realised, realised Rp, capaian)
    "rekap-tindak-lanjut-bpk-per-opd-lembah-mandara.xlsx TL BPK s.d. Smt II 2024 column B",
    "rekap-tindak-lanjut-bpk-per-opd-lembah-mandara.xlsx TL BPK s.d. Smt II 2024 column C",
    "rekap-tindak-lanjut-bpk-per-opd-lembah-mandara.xlsx TL BPK s.d. Smt II 2024 column I",
    "rekap-tindak-lanjut-bpk-per-opd-lembah-mandara.xlsx TL BPK s.d. Smt II 2024 column J",
    "rekap-tindak-lanjut-bpk-per-opd-lembah-mandara.xlsx TL BPK s.d. Smt II 2024 column K",
    "rekap-tindak-lanjut-bpk-per-opd-lembah-mandara.xlsx TL BPK s.d. Smt II 2024 column L",
    // recap conventions, left: a loss ledger's opening balance, deposits and closing balance in Rp as budgets, its share recovered as nothing (the set: nothing, realised Rp, capaian)
    "kerugian-daerah-probity-triwulan-kapuas-hilir-raya.xlsx Rekap TW 2024 column B",
    "kerugian-daerah-probity-triwulan-kapuas-hilir-raya.xlsx Rekap TW 2024 column C",
    "kerugian-daerah-probity-triwulan-kapuas-hilir-raya.xlsx Rekap TW 2024 column D",
    "kerugian-daerah-probity-triwulan-kapuas-hilir-raya.xlsx Rekap TW 2024 column E",
    "kerugian-daerah-probity-triwulan-kapuas-hilir-raya.xlsx Rekap TW 2024 column F",
  ],
);
