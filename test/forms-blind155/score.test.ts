// The checker on the six workbooks of test/forms-blind155 (a Dinas Perkimtan and a PDAM: SPM air minum and SPALD, Kalimantan Selatan and Papua Pegunungan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 891a968): tables 8/8, roles 68/77, planted mistakes 12/12, one false alarm (the T-C.27 kondisi akhir Rp written =SUM(G11:O11), over the K columns too: a real slip of the builder, named). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind155 } from "./build";

scoreFormSet(
  "the hundred-and-fifty-fifth form set (test/forms-blind155)",
  writeFormsBlind155,
  { books: 6, tables: 8, findings: 12 },
  // true of the sheet as written: the kondisi akhir Rp is =SUM(G11:O11) .. (every row), a range over
  // the K targets between the years' Rp too (the same slip as forms-blind136, 144, 146), named once
  ["tc27-renstra-perkimtan-spam-spald-tanjung-rantau.xlsx T-C.27!Q11"],
  [
    // disputed, left (the recap convention): an SPM recap whose "%" columns are certain capaian keeps
    // its households with access without a role (the set: realised)
    ...["D", "E", "F", "H", "I", "J"].map(
      (c) => `rekap-spm-air-minum-spald-kecamatan-batu-mandi-hulu.xlsx Rekap Akses 2024 column ${c}`,
    ),
    // disputed, left: a PDAM's zones keep no role (the set: place), its connections of 2023 and 2024
    // none (the set: realised)
    ...["B", "D", "E"].map(
      (c) => `sambungan-rumah-pdam-tirta-baliem-mbua-raya.xlsx SR PDAM 2024 column ${c}`,
    ),
  ],
);
