// The checker on the six workbooks of test/forms-blind236 (a Dinas Ketahanan Pangan on the regional rice reserve, the PPH score, rice prices and stock and cheap-food markets, Riau and Sulawesi Barat; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 4f7c155): tables 9/9, roles 79/86, planted mistakes 11/12, 1 false alarm (a warning: a note's 'cadangan beras (ton)' taken for 'Jumlah paket pengadaan cadangan beras'), 4 other findings (number-scale warnings on tonnes read as money beside the Rp). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind236 } from "./build";

scoreFormSet(
  "the two-hundred-and-thirty-sixth form set (test/forms-blind236)",
  writeFormsBlind236,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // left: a stock's '(5) = (2)+(3)-(4)' in columns of no role is not held where its terms have roles of their own (a quarter's closing stock typed)
    "gpm-dan-stok-beras-cppd-bukit-mandau-2024.xlsx GPM dan Stok 2024!K9",
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-cadangan-pangan-teluk-sirih.xlsx Tabel 6.1 column Q",
    // recap conventions, left: markets held as nothing (the set: realised), a distribution's cost as a budget, a stock's opening and closing as nothing (the set: kondisi awal, akhir)
    "gpm-dan-stok-beras-cppd-bukit-mandau-2024.xlsx GPM dan Stok 2024 column B",
    "gpm-dan-stok-beras-cppd-bukit-mandau-2024.xlsx GPM dan Stok 2024 column E",
    "gpm-dan-stok-beras-cppd-bukit-mandau-2024.xlsx GPM dan Stok 2024 column H",
    "gpm-dan-stok-beras-cppd-bukit-mandau-2024.xlsx GPM dan Stok 2024 column K",
  ],
);
