// The checker on the six workbooks of test/forms-blind222 (a Dinas Kesehatan on gizi masyarakat: PMT, vitamin A and tablet tambah darah, Sumatera Barat and Sulawesi Tenggara; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of d1ca048): tables 9/9, roles 89/91, planted mistakes 10/12 ('Persentase ibu hamil Kurang Energi Kronis (KEK)' not known as less-is-better; those given PMT above their 'Sasaran' not read as a part), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind222 } from "./build";

scoreFormSet(
  "the two-hundred-and-twenty-second form set (test/forms-blind222)",
  writeFormsBlind222,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // left: those given PMT above the 'Sasaran' beside them; reading them as a part of it would name the share twice beside the served-above-target check and would not heed a note that calls the target an estimate (forms-blind201)
    "rekap-pmt-balita-bumil-kek-per-kecamatan-batang-silaro.xlsx Rekap PMT 2024!E11",
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "renstra-tc27-dinkes-gizi-wolo-tana.xlsx Tabel 6.1 column Q",
    // recap conventions, left: the recipients' total (the set: realised)
    "rekap-pmt-balita-bumil-kek-per-kecamatan-batang-silaro.xlsx Rekap PMT 2024 column I",
  ],
);
