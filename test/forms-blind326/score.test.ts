// The checker on the six workbooks of test/forms-blind326 (the Dinas Pertanian, tanaman pangan: luas tanam, produksi padi and jagung, produktivitas, indeks pertanaman per kecamatan, luas tanam and serapan per triwulan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of a20ce3e): tables 9/9, roles 97/101, planted mistakes 10/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind326 } from "./build";

scoreFormSet(
  "the three-hundred-and-twenty-sixth form set (test/forms-blind326)",
  writeFormsBlind326,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // rule names, left: a year's Rp typed ten times named target-outlier, which says what it breaks (the set: number-scale, kondisi-akhir-mismatch or sum-mismatch); a Total capaian that averages the quarters named inconsistent-formula (the set: ratio-components-mismatch or capaian-mismatch)
    "tc27-renstra-dkpp-bukit-lesung-326.xlsx Tabel 6.1!M16",
    "rekap-triwulan-luas-tanam-serapan-bukit-lesung-326.xlsx Rekap TW 2024!G13",
    // recap conventions, left: areas planted and harvested as nothing and the IP as realised (the set), read the other way; the kondisi akhir's Rp as pagu (the set), read as the end-period condition
    "tc27-renstra-dkpp-bukit-lesung-326.xlsx Tabel 6.1 column S",
    "rekap-luas-tanam-produksi-padi-kecamatan-rawa-sengkuang-326.xlsx Padi Sawah 2024 column C",
    "rekap-luas-tanam-produksi-padi-kecamatan-rawa-sengkuang-326.xlsx Padi Sawah 2024 column G",
    "rekap-luas-tanam-produksi-padi-kecamatan-rawa-sengkuang-326.xlsx Padi Sawah 2024 column I",
  ],
);
