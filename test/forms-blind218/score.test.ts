// The checker on the six workbooks of test/forms-blind218 (a BKPSDM on kenaikan pangkat, pensiun, disiplin and SIASN, Sulawesi Barat and Kalimantan Selatan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of ff5c4fa): tables 8/9 (a penalties table by period, 'Periode | Tingkat Hukuman Disiplin > ...', with no number row, not found), roles 76/84, planted mistakes 10/12 ('Jumlah pelanggaran disiplin ASN yang dijatuhi hukuman' read as more-is-better), no false alarm, one other finding (an error on that row's predikat). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind218 } from "./build";

scoreFormSet(
  "the two-hundred-and-eighteenth form set (test/forms-blind218)",
  writeFormsBlind218,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-2025-2029-bkpsdm-kota-banua-raden-kp-disiplin.xlsx Tabel 6.1 column Q",
    // recap conventions, left: promotions decided by kind, the office naming the rows (responsible, the set: lokasi) and a share of another heading's total (the set: realised; capaian)
    "rekap-usul-kenaikan-pangkat-6-periode-bkpsdm-banua-raden-2024.xlsx KP 2024 column E",
    "rekap-pemutakhiran-siasn-hukdis-per-opd-sangkuri-hulu.xlsx PDM SIASN column B",
    "rekap-pemutakhiran-siasn-hukdis-per-opd-sangkuri-hulu.xlsx PDM SIASN column H",
  ],
);
