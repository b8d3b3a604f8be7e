// The checker on the six workbooks of test/forms-blind259 (the Dinas Pariwisata on desa wisata, pokdarwis, homestay and retribusi; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of cc878e1): tables 9/9, roles 82/97, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind259 } from "./build";

scoreFormSet(
  "the two-hundred-and-fifty-ninth form set (test/forms-blind259)",
  writeFormsBlind259,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-2025-2029-dispar-lae-simardon-desawisata.xlsx Tabel 6.1 column Q",
    // recap conventions, left: villages per kecamatan read as a target and the share of them that are desa wisata as capaian (the set: nothing), the share advanced as nothing (the set: capaian); rooms offered and sold as target and realised (the set: nothing), occupancy as capaian (the set: realised), a classification as nothing (the set: keterangan)
    "rekap-klasifikasi-desawisata-kecamatan-gunung-sariwangi-2024.xlsx Rekap Desa Wisata column C",
    "rekap-klasifikasi-desawisata-kecamatan-gunung-sariwangi-2024.xlsx Rekap Desa Wisata column I",
    "rekap-klasifikasi-desawisata-kecamatan-gunung-sariwangi-2024.xlsx Rekap Desa Wisata column J",
    "retribusi-homestay-triwulan-2024-dispar-lae-simardon.xlsx Retribusi TW 2024 column C",
    "retribusi-homestay-triwulan-2024-dispar-lae-simardon.xlsx Retribusi TW 2024 column N",
    "retribusi-homestay-triwulan-2024-dispar-lae-simardon.xlsx Retribusi TW 2024 column O",
    "retribusi-homestay-triwulan-2024-dispar-lae-simardon.xlsx Retribusi TW 2024 column P",
    // disputed, left: a retribusi's target and realisations in Rp read as pagu and money spent (the set: target, realised)
    "retribusi-homestay-triwulan-2024-dispar-lae-simardon.xlsx Retribusi TW 2024 column D",
    "retribusi-homestay-triwulan-2024-dispar-lae-simardon.xlsx Retribusi TW 2024 column E",
    "retribusi-homestay-triwulan-2024-dispar-lae-simardon.xlsx Retribusi TW 2024 column F",
    "retribusi-homestay-triwulan-2024-dispar-lae-simardon.xlsx Retribusi TW 2024 column G",
    "retribusi-homestay-triwulan-2024-dispar-lae-simardon.xlsx Retribusi TW 2024 column H",
    "retribusi-homestay-triwulan-2024-dispar-lae-simardon.xlsx Retribusi TW 2024 column I",
  ],
);
