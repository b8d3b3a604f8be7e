// The checker on the six workbooks of test/forms-blind346 (a Dinas Perdagangan: retribusi pasar per los dan kios beside a per-kecamatan table, harga bahan pokok per triwulan against HET, stabilisasi harga, ekspor UMKM; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 16b561b): tables 8/9 (the price table, 'Komoditas | Satuan | HET / HAP | Harga Rata-rata Triwulan > I .. IV | ...' numbered with '8 = (4+5+6+7)/4', not found), roles 88/101, planted mistakes 9/12 (that table's two; a capaian typed wrong named capaian-mismatch), one false alarm (a T-C.27 count of markets 'yang dipantau' held to the sum of its targets), two other findings (the same cell's inconsistent =N11). Scored after the set's (12) K formulas were mended: as written they summed the K and Rp columns together (SUM(K:Q)), against its own README. A regression test of what the engine does,
// the misses listed below. Since: a header numbered with an identity is a table though its words name no role; a ceiling price is no price observed and '(Rp)' alone no money spent; markets 'yang dipantau' stand as a coverage.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind346 } from "./build";

scoreFormSet(
  "the three-hundred-and-forty-sixth form set (test/forms-blind346)",
  writeFormsBlind346,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // recap convention, left: the PK's program column read as indicator names, the market names as places, the per-kecamatan counts as realised (the set: nothing)
    "pk-2025-kadis-perdagangan-lembah-sirih-346.xlsx PK 2025 column C",
    "rekap-retribusi-pasar-los-kios-lembah-sirih-346.xlsx Retribusi 2024 column B",
    "rekap-retribusi-pasar-los-kios-lembah-sirih-346.xlsx Retribusi 2024 column O",
    "rekap-retribusi-pasar-los-kios-lembah-sirih-346.xlsx Retribusi 2024 column P",
    // rule name, left: a typed 'Capaian (%)' of realisation over target named capaian-mismatch (the set: ratio-components-mismatch or hardcoded-value)
    "rekap-retribusi-pasar-los-kios-lembah-sirih-346.xlsx Retribusi 2024!L11",
    // left: the HET / HAP ceiling read as nothing (the set: target), the year's average price as nothing, the change TW IV over TW I as nothing (the set: realisasi, pertumbuhan)
    "rekap-harga-bahan-pokok-triwulan-muara-peladang-346.xlsx Harga Bapok column D",
    "rekap-harga-bahan-pokok-triwulan-muara-peladang-346.xlsx Harga Bapok column I",
    "rekap-harga-bahan-pokok-triwulan-muara-peladang-346.xlsx Harga Bapok column J",
  ],
);
