// The checker on the six workbooks of test/forms-blind337 (a Dinas Pariwisata: kunjungan wisatawan nusantara dan mancanegara, retribusi objek wisata, tingkat penghunian kamar hotel, lama tinggal, desa wisata per klasifikasi; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of e05c6f2): tables 8/9 (the desa wisata and TPK recap, 'Kecamatan | Jumlah Desa Wisata menurut Klasifikasi | Akomodasi Hotel' merged over nine columns with its number row, not found), roles 76/91, planted mistakes 10/12 (that table's two), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below. Since: a header of three cells merged over nine columns counts its columns, not its cells, before it asks for its number row.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind337 } from "./build";

scoreFormSet(
  "the three-hundred-and-thirty-seventh form set (test/forms-blind337)",
  writeFormsBlind337,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // recap convention, left: a recap's counts beside its retribusi's Target | Realisasi | Capaian read as nothing, the rata-rata lama tinggal as nothing, the retribusi realised as money realised (the set: realisasi of 2024)
    "rekap-kunjungan-retribusi-objek-wisata-lembah-sarimanik-337.xlsx Rekap 2024 column D",
    "rekap-kunjungan-retribusi-objek-wisata-lembah-sarimanik-337.xlsx Rekap 2024 column E",
    "rekap-kunjungan-retribusi-objek-wisata-lembah-sarimanik-337.xlsx Rekap 2024 column F",
    "rekap-kunjungan-retribusi-objek-wisata-lembah-sarimanik-337.xlsx Rekap 2024 column H",
    "rekap-kunjungan-retribusi-objek-wisata-lembah-sarimanik-337.xlsx Rekap 2024 column O",
    // recap convention, left: malam kamar tersedia read as a target and TPK as its capaian (the set: realisasi of 2024 both)
    "rekap-desa-wisata-hunian-hotel-pantai-wolasi-337.xlsx Desa Wisata & TPK column H",
    "rekap-desa-wisata-hunian-hotel-pantai-wolasi-337.xlsx Desa Wisata & TPK column J",
  ],
);
