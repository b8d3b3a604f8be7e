// The checker on the six workbooks of test/forms-blind298 (the cooperatives and SME office: koperasi aktif and sehat, RAT tepat waktu, omzet UMKM, UMKM naik kelas, pelatihan kewirausahaan, NIB terbit; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 00a56cc): tables 9/9, roles 75/82, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind298 } from "./build";

scoreFormSet(
  "the two-hundred-and-ninety-eighth form set (test/forms-blind298)",
  writeFormsBlind298,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-pendanaan-renstra-diskopukm-batang-lumpo.xlsx Tabel 6.1 column P",
    // disputed, left: a PK's 'Sumber Dana' (APBD 2025) is keterangan, as 61 columns of earlier sets have it (the set: sumber-data)
    "pk-2025-diskopukm-batang-lumpo-dengan-renstra.xlsx PK Kadis 2025 column D",
    // recap conventions, left: cooperatives registered, active and inactive with '% Aktif' as target, realisation and capaian (the set), where the engine guesses otherwise; members as nothing
    "rekap-koperasi-aktif-rat-per-kecamatan-batang-lumpo.xlsx Rekap Koperasi column B",
    "rekap-koperasi-aktif-rat-per-kecamatan-batang-lumpo.xlsx Rekap Koperasi column C",
    "rekap-koperasi-aktif-rat-per-kecamatan-batang-lumpo.xlsx Rekap Koperasi column E",
    "rekap-koperasi-aktif-rat-per-kecamatan-batang-lumpo.xlsx Rekap Koperasi column H",
  ],
);
