// The checker on the six workbooks of test/forms-blind341 (a Dinas Lingkungan Hidup: bank sampah per kecamatan, pengurangan sampah per triwulan, pengawasan izin lingkungan, komponen IKLH, sampah terkelola; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of e05c6f2 with the 337 .. 340 round's fixes and 344's two detector fixes (uncommitted then)): tables 10/10, roles 85/89, planted mistakes 12/12, one false alarm (a T-C.27 note 'kondisi akhir jumlah bank sampah aktif adalah jumlah unit pada tahun 2029 (stok), bukan penjumlahan' read as saying the sum), three other findings (that row's =N9 called inconsistent beside the column's SUM, and a SUM that adds the Rp columns with the targets, true of the sheet). A regression test of what the engine does,
// the misses listed below. Since: a note's 'jumlah ... pada tahun 2029 (stok), bukan penjumlahan' is the count as it stands, the last target.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind341 } from "./build";

scoreFormSet(
  "the three-hundred-and-forty-first form set (test/forms-blind341)",
  writeFormsBlind341,
  { books: 6, tables: 10, findings: 12 },
  [
    // true of the sheet, not planted: the kondisi akhir K =SUM(F10:N10) adds the Rp columns with the targets (8.600.000.011); named once, with P11 .. P14 as the same formula
    "tc27-dlh-pelabuhan-sangiran-341.xlsx T-C.27!P10",
  ],
  [
    // convention, left: the kondisi akhir Rp read as kondisi-akhir, as the project's sets and the samples' README read it (the set: anggaran of 2029)
    "tc27-dlh-pelabuhan-sangiran-341.xlsx T-C.27 column Q",
    // recap convention, left: the bank sampah recap's unit count read as a target, the share of usaha taat as nothing, the IKLH components as nothing (the set: realisasi, capaian, indikator)
    "rekap-bank-sampah-per-kecamatan-bukit-rimbang-jaya-341.xlsx Bank Sampah 2024 column B",
    "rekap-pengawasan-izin-lingkungan-pelabuhan-sangiran-341.xlsx Pengawasan 2024 column I",
    "rekap-pengawasan-izin-lingkungan-pelabuhan-sangiran-341.xlsx Pengawasan 2024 column L",
  ],
);
