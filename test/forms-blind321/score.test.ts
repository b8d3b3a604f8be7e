// The checker on the six workbooks of test/forms-blind321 (Satpol PP dan Damkar: penegakan Perda, trantibum, linmas, kejadian kebakaran dan waktu tanggap per kecamatan, penegakan Perda per triwulan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of c0d868f): tables 9/9, roles 79/88, planted mistakes 12/12, one false alarm (a count of enforcement against violations, 'Jumlah penertiban pelanggaran Perda', read as lower-is-better), no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind321 } from "./build";

scoreFormSet(
  "the three-hundred-and-twenty-first form set (test/forms-blind321)",
  writeFormsBlind321,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // recap conventions, left: counts of fires and rescues, the losses in Rp and the enforcement budget as nothing (the set), read as realised and pagu; a share of fires reached in time and of cases settled as capaian (the set), read as nothing
    "rekap-kebakaran-waktu-tanggap-per-kecamatan-lembah-seruni-321.xlsx Rekap Damkar 2024 column C",
    "rekap-kebakaran-waktu-tanggap-per-kecamatan-lembah-seruni-321.xlsx Rekap Damkar 2024 column D",
    "rekap-kebakaran-waktu-tanggap-per-kecamatan-lembah-seruni-321.xlsx Rekap Damkar 2024 column E",
    "rekap-kebakaran-waktu-tanggap-per-kecamatan-lembah-seruni-321.xlsx Rekap Damkar 2024 column F",
    "rekap-kebakaran-waktu-tanggap-per-kecamatan-lembah-seruni-321.xlsx Rekap Damkar 2024 column I",
    "rekap-kebakaran-waktu-tanggap-per-kecamatan-lembah-seruni-321.xlsx Rekap Damkar 2024 column J",
    "rekap-kebakaran-waktu-tanggap-per-kecamatan-lembah-seruni-321.xlsx Rekap Damkar 2024 column K",
    "rekap-penegakan-perda-per-triwulan-batu-karang-laut-321.xlsx Penegakan Perda 2024 column I",
    "rekap-penegakan-perda-per-triwulan-batu-karang-laut-321.xlsx Penegakan Perda 2024 column J",
  ],
);
