// The checker on the six workbooks of test/forms-blind39 (kota offices of Sumatera Utara and Kepulauan Riau: trade, cooperatives, tourism; written without reading
// src/). First score, before the detector saw them (engine of 8263ee1): tables 6/6, roles 69/77, planted mistakes 10/12, no false alarm (a capaian s.d. the year against the end target, a DPA's cash plan against its pagu).. Fixed since (93f0352), except what is listed below: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind39 } from "./build";

scoreFormSet(
  "the thirty-ninth form set (test/forms-blind39)",
  writeFormsBlind39,
  { books: 6, tables: 6, findings: 12 },
  [],
  [
    // disputed, left: "Target Akhir Renstra (2026) > K" is read as the end-period target (the
    // contract's target with endOfPeriod), the set calls it the final condition
    "e80-sd-tahun-berjalan-dinkopukm-labuhan-marbau.xlsx E.80 column H",
    // disputed, left: a "Program / Kegiatan" name column with no indicator column is read as the
    // rows' names (indikator), as other sets want it; this set wants no role
    "dpa-anggaran-kas-triwulan-dispar-tanjung-serai.xlsx Rekap DPA 2025 column C",
  ],
);
