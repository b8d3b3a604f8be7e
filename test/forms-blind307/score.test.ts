// The checker on the six workbooks of test/forms-blind307 (the Dinas Pariwisata: kunjungan wisatawan nusantara and mancanegara per bulan, lama tinggal, TPK hotel, PAD pariwisata, desa wisata, event; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 3e83ede): tables 9/9, roles 83/86, planted mistakes 10/12 ('Jumlah pengaduan wisatawan yang masuk' read higher-is-better; a PK's whole 7 taken as the Renstra's 6,5 printed without decimals, though 7 is exactly the plan's next year), no false alarm, one other finding (a predikat following the missed capaian). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind307 } from "./build";

scoreFormSet(
  "the three-hundred-and-seventh form set (test/forms-blind307)",
  writeFormsBlind307,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "renstra-tc27-dispar-bukit-kerambil.xlsx T-C.27 Dispar column S",
    // recap conventions, left: the length of stay and hotel occupancy of each month as realisations (the set), where the engine reads them as nothing
    "rekap-kunjungan-wisnus-wisman-bulanan-tanjung-sepadan.xlsx Kunjungan 2024 column F",
    "rekap-kunjungan-wisnus-wisman-bulanan-tanjung-sepadan.xlsx Kunjungan 2024 column G",
  ],
);
