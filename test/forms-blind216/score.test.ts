// The checker on the six workbooks of test/forms-blind216 (a Disparekraf on events, homestay desa wisata, ekonomi kreatif and retribusi objek wisata, Sumatera Barat and NTB; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of a9c0ac6): tables 9/9, roles 83/93, planted mistakes 9/12 (a stale share of the JUMLAH, an occupancy rate typed above 100, R/T on 'Jumlah aduan wisatawan'), no false alarm, one other finding (an error on the Renstra-end capaian of that complaints row, read as more-is-better). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind216 } from "./build";

scoreFormSet(
  "the two-hundred-and-sixteenth form set (test/forms-blind216)",
  writeFormsBlind216,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // rule names disputed: a stale cached share of the JUMLAH ('Kontribusi (%)', =ROUND(I10/$I$16*100,2)) is named by ratio-components-mismatch (the set: capaian-mismatch)
    "rekap-retribusi-objek-wisata-batang-kelawi.xlsx Retribusi 2024!K10",
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "renstra-tc27-disparekraf-lombok-selaparang.xlsx Tabel 6.1 column R",
    // recap conventions, left: a revenue recap in Rp read as target and realised, as revenue is (the set: anggaran, realised Rp); the objects as the rows' names (the set: indikator)
    "rekap-retribusi-objek-wisata-batang-kelawi.xlsx Retribusi 2024 column B",
    "rekap-retribusi-objek-wisata-batang-kelawi.xlsx Retribusi 2024 column D",
    "rekap-retribusi-objek-wisata-batang-kelawi.xlsx Retribusi 2024 column E",
    "rekap-retribusi-objek-wisata-batang-kelawi.xlsx Retribusi 2024 column F",
    "rekap-retribusi-objek-wisata-batang-kelawi.xlsx Retribusi 2024 column G",
    "rekap-retribusi-objek-wisata-batang-kelawi.xlsx Retribusi 2024 column H",
    "rekap-retribusi-objek-wisata-batang-kelawi.xlsx Retribusi 2024 column I",
    // an occupancy rate and the business count beside it (the set: capaian; realised)
    "homestay-desa-wisata-subsektor-ekraf-lombok-selaparang.xlsx Homestay & Ekraf 2024 column H",
    "homestay-desa-wisata-subsektor-ekraf-lombok-selaparang.xlsx Homestay & Ekraf 2024 column K",
  ],
);
