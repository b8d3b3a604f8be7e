// The checker on the six workbooks of test/forms-blind191 (a Dinas Kesehatan on kesehatan lingkungan and STBM: desa SBS, jamban sehat, TTU / TPP, air minum, Sulawesi Selatan and Jawa Tengah; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of e11f344): tables 9/9, roles 89/94, planted mistakes 10/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind191 } from "./build";

scoreFormSet(
  "the hundred-and-ninety-first form set (test/forms-blind191)",
  writeFormsBlind191,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // left: a T-C.27 note says "jumlah sarana (stok) = target tahun ke-5"; a count of puskesmas is
    // not known as a sarana, so its kondisi akhir summed over five years is not named (the set:
    // kondisi-akhir-mismatch)
    "tc27-renstra-kesling-dinkes-tana-marusu.xlsx T-C.27!P15",
    // disputed, left (the recap convention): a TTU recap's kind column and its premises inspected
    // (the set: indicator, realised). The parts counted beside their wholes under one heading are
    // read since 2026-12 from the number row's ratio as realised and target (pasanganCapaianNomor)
    ...["N", "P"].map(
      (c) => `rekap-stbm-air-minum-per-puskesmas-tegalsari-kidul.xlsx Rekap STBM 2024 column ${c}`,
    ),
  ],
);
