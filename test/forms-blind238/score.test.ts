// The checker on the six workbooks of test/forms-blind238 (a Diskominfo on the SPBE index, LAPOR! complaints, active OPD websites and public wifi; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 1ae929d): tables 9/9 (one a row long), roles 82/89, planted mistakes 11/12, no false alarm but 29 other findings: an E.81 whose headings are typed once over their K | Rp pair, unmerged, so its number row '5 | 5 | 6 | 6' was read as data (text-number warnings and sum errors on every pair). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind238 } from "./build";

scoreFormSet(
  "the two-hundred-and-thirty-eighth form set (test/forms-blind238)",
  writeFormsBlind238,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // left: a share of active wifi points over 100 is not named where the column has no role (the count it follows neither)
    "rekap-titik-wifi-publik-per-kecamatan-tanjung-seruni-238.xlsx Wifi Publik 2024!G11",
    "rekap-titik-wifi-publik-per-kecamatan-tanjung-seruni-238.xlsx Wifi Publik 2024!F11",
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-lapor-website-diskominfo-bukit-larangan-238.xlsx Tabel 5.1 column S",
    // recap conventions, left: shares, average daily users and days to follow up as nothing (the set: capaian, realised), SPBE domains as nothing (the set: indikator), a weighted score as realised
    "rekap-titik-wifi-publik-per-kecamatan-tanjung-seruni-238.xlsx Wifi Publik 2024 column G",
    "rekap-titik-wifi-publik-per-kecamatan-tanjung-seruni-238.xlsx Wifi Publik 2024 column H",
    "rekap-aduan-lapor-triwulan-indeks-spbe-domain-bukit-larangan-238.xlsx Aduan dan SPBE 2025 column F",
    "rekap-aduan-lapor-triwulan-indeks-spbe-domain-bukit-larangan-238.xlsx Aduan dan SPBE 2025 column G",
    "rekap-aduan-lapor-triwulan-indeks-spbe-domain-bukit-larangan-238.xlsx Aduan dan SPBE 2025 column I",
    "rekap-aduan-lapor-triwulan-indeks-spbe-domain-bukit-larangan-238.xlsx Aduan dan SPBE 2025 column L",
  ],
);
