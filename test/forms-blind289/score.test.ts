// The checker on the six workbooks of test/forms-blind289 (the Diskominfo on diseminasi informasi publik, media center, command center and aplikasi layanan publik terintegrasi; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of be8170c): tables 9/9, roles 86/93 ('Siaran Radio' spelled into 'rasio' by the typo reader, a capaian), planted mistakes 11/12 (the SUM one row short under it), 1 false alarm ('Pengaduan warga (Lapor Seranti)' in a table of applications read as lower-is-better), no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind289 } from "./build";

scoreFormSet(
  "the two-hundred-and-eighty-ninth form set (test/forms-blind289)",
  writeFormsBlind289,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-2025-2029-diskominfo-kuala-seranti-aplikasi.xlsx Tabel T-C.27 column R",
    // recap conventions, left: applications and complaint channels named in a column headed 'Aplikasi / Layanan' and 'Kanal Aduan' read as nothing (the set: indikator)
    "rekap-transaksi-aplikasi-aduan-command-center-kuala-seranti.xlsx Rekap TW 2024 column A",
    "rekap-transaksi-aplikasi-aduan-command-center-kuala-seranti.xlsx Rekap TW 2024 column K",
  ],
);
