// The checker on the six workbooks of test/forms-blind245 (the Dinas Pendidikan on beasiswa daerah and angka putus sekolah; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of e1cd520): tables 8/9 exact, roles 80/84, planted mistakes 11/13, 2 false alarms, 14 other findings (the E.81's number row read as data). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind245 } from "./build";

scoreFormSet(
  "the two-hundred-and-forty-fifth form set (test/forms-blind245)",
  writeFormsBlind245,
  { books: 6, tables: 9, findings: 13 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-beasiswa-disdik-tanjung-merbau.xlsx Tabel 6.1 column S",
    // recap conventions, left: poor pupils on the DTKS read as realised (the set: target), the share served as nothing (the set: capaian)
    "rekap-penerima-beasiswa-per-kecamatan-batang-kuantan-hilir.xlsx Rekap Kecamatan column B",
    "rekap-penerima-beasiswa-per-kecamatan-batang-kuantan-hilir.xlsx Rekap Kecamatan column G",
  ],
);
