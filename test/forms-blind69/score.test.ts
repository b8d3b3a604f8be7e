// The checker on the six workbooks of test/forms-blind69 (Sekretariat DPRD and Setda of Kota Sungai Lingkar and Kota Padang Serai; written
// without reading src/ or the commit subjects). First score, before the detector saw them (engine of 9007103): tables 8/8, roles 92/95,
// planted mistakes 12/12, no false alarm: the bar met on first sight. Fixed since, except what is listed below: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind69 } from "./build";

scoreFormSet(
  "the sixty-ninth form set (test/forms-blind69)",
  writeFormsBlind69,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left: "Sumber Dana" read as a remark (other sets: no role); a share measured in a
    // recap of one year ("Kehadiran Anggota pada Paripurna (%)") offered as no realisation
    "renja-2025-sekretariat-dprd-kota-sungai-lingkar.xlsx Renja 2025 column H",
    "rekap-kegiatan-dewan-per-bulan-2024-setwan-kota-padang-serai.xlsx Rekap Kegiatan column L",
  ],
);
