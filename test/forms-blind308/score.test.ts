// The checker on the six workbooks of test/forms-blind308 (the Inspektorat: tindak lanjut rekomendasi BPK and APIP, nilai SAKIP per OPD, maturitas SPIP, kapabilitas APIP, reviu LKPD, probity audit; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 3e83ede): tables 8/9 (a T-C.27 whose 'Tahun - 1' .. 'Tahun - 5' are typed once over unmerged Target | Rp pairs was split in two), roles 60/88, planted mistakes 11/12 (its kondisi akhir), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind308 } from "./build";

scoreFormSet(
  "the three-hundred-and-eighth form set (test/forms-blind308)",
  writeFormsBlind308,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-inspektorat-tanjung-kelambu-308.xlsx Tabel 5.1 column Q",
    // recap conventions, left: recommendations, those settled and their share as target, realisation and capaian, the money returned as realised (the set), where the engine reads nothing and a pagu; the SAKIP components as nothing and the grade of the year, the probity audits' value as realised (the set)
    "rekap-tl-rekomendasi-bpk-per-opd-sungai-manau-raya-308.xlsx TLHP BPK 2024 column C",
    "rekap-tl-rekomendasi-bpk-per-opd-sungai-manau-raya-308.xlsx TLHP BPK 2024 column D",
    "rekap-tl-rekomendasi-bpk-per-opd-sungai-manau-raya-308.xlsx TLHP BPK 2024 column H",
    "rekap-tl-rekomendasi-bpk-per-opd-sungai-manau-raya-308.xlsx TLHP BPK 2024 column J",
    "nilai-sakip-opd-probity-tanjung-kelambu-308.xlsx AKIP OPD 2024 column C",
    "nilai-sakip-opd-probity-tanjung-kelambu-308.xlsx AKIP OPD 2024 column D",
    "nilai-sakip-opd-probity-tanjung-kelambu-308.xlsx AKIP OPD 2024 column E",
    "nilai-sakip-opd-probity-tanjung-kelambu-308.xlsx AKIP OPD 2024 column F",
    "nilai-sakip-opd-probity-tanjung-kelambu-308.xlsx AKIP OPD 2024 column H",
    "nilai-sakip-opd-probity-tanjung-kelambu-308.xlsx AKIP OPD 2024 column K",
  ],
);
