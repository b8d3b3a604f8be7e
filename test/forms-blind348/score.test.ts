// The checker on the six workbooks of test/forms-blind348 (a Dispora: medali per cabor with sarana olahraga per kecamatan below, wirausaha muda per kecamatan per triwulan beside OKP, pemuda pengangguran; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 16b561b): tables 9/10 (the medal recap, 'Cabang Olahraga | Medali > Emas .. Jumlah | Jumlah Atlet' numbered '5 = 2+3+4', not found), roles 79/81, planted mistakes 10/12 (that table's Jumlah; a stale capaian beside a refleksi row), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below. Since: a header numbered with an identity is a table; a stale capaian formula is stale whatever the column's conventions.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind348 } from "./build";

scoreFormSet(
  "the three-hundred-and-forty-eighth form set (test/forms-blind348)",
  writeFormsBlind348,
  { books: 6, tables: 10, findings: 12 },
  [],
  [
    // convention, left: the kondisi akhir Rp read as kondisi-akhir (the set: anggaran)
    "tc27-dispora-tanjung-harapan-baru-348.xlsx T-C.27 column P",
    // recap convention, left: the sarana table's % baik read as nothing (the set: capaian)
    "rekap-medali-cabor-sarana-lembah-sariak-348.xlsx Rekap 2024 column F",
  ],
);
