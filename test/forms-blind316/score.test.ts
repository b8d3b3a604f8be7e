// The checker on the six workbooks of test/forms-blind316 (the BKPSDM: indeks sistem merit, ASN mengikuti pengembangan kompetensi per OPD, pelanggaran disiplin per triwulan, layanan pensiun; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 01e4ddf): tables 10/10, roles 87/92, planted mistakes 11/12 (a Jumlah % as the AVERAGE of the rows, named inconsistent-formula), no false alarm, one other warning (below). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind316 } from "./build";

scoreFormSet(
  "the three-hundred-and-sixteenth form set (test/forms-blind316)",
  writeFormsBlind316,
  { books: 6, tables: 10, findings: 12 },
  [
    // a warning the sheet's numbers support, neither planted nor listed clean: the 2028 SK pensiun
    // target 158 in 165 172 180 _ 190, its digits swapped from 185
    "tc27-renstra-bkpsdm-selat-duyung-316.xlsx Tabel 6.1!M22",
  ],
  [
    // disputed, left: a Jumlah % that averages the rows' shares is named inconsistent-formula with the ratio of totals (earlier sets: capaian-mismatch or inconsistent-formula; the set: ratio-components-mismatch)
    "rekap-disiplin-pensiun-triwulan-selat-duyung-316.xlsx Disiplin dan Pensiun!E24",
    // recap conventions, left: those trained >= 20 JP as realised and the JP of each kind as nothing, the cases settled by kind as nothing (the set), where the engine reads otherwise
    "rekap-bangkom-asn-per-opd-lembah-sirandah-316.xlsx Bangkom 2024 column D",
    "rekap-bangkom-asn-per-opd-lembah-sirandah-316.xlsx Bangkom 2024 column L",
    "rekap-disiplin-pensiun-triwulan-selat-duyung-316.xlsx Disiplin dan Pensiun column C",
    "rekap-disiplin-pensiun-triwulan-selat-duyung-316.xlsx Disiplin dan Pensiun column D",
    "rekap-disiplin-pensiun-triwulan-selat-duyung-316.xlsx Disiplin dan Pensiun column E",
  ],
);
