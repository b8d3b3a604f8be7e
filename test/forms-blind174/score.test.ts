// The checker on the six workbooks of test/forms-blind174 (a Dinas Koperasi, UKM dan Perdagangan: ekspor, PIRT, halal, UMKM go digital, KUR, pameran, Jawa Barat and Nusa Tenggara Timur; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 1e6ad8c): tables 9/9, roles 91/97, planted mistakes 12/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind174 } from "./build";

scoreFormSet(
  "the hundred-and-seventy-fourth form set (test/forms-blind174)",
  writeFormsBlind174,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left (the recap convention): a share of halal-certified UMKM in a recap by place,
    // over a computed whole, keeps no role (the set: capaian)
    "rekap-umkm-halal-pirt-per-kecamatan-flores-watubala.xlsx Rekap UMKM 2024 column K",
    // left: a table of fairs beside the IKU names no year, so its figures are offered as nothing
    // (the set: the fair's name an indicator, the participants and sales realised in 2024)
    ...["L", "N", "O", "P", "Q"].map(
      (c) => `iku-target-dan-transaksi-pameran-pasirwangi-kidul.xlsx IKU dan Pameran column ${c}`,
    ),
  ],
);
