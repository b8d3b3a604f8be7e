// The checker on the six workbooks of test/forms-blind138 (finance and asset offices: BMD reconciliation and spending by OPD, Riau and Papua Selatan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 64fd596): tables 10/10, roles 91/101, planted mistakes 12/12, no false alarm. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind138 } from "./build";

scoreFormSet(
  "the hundred-and-thirty-eighth form set (test/forms-blind138)",
  writeFormsBlind138,
  { books: 6, tables: 10, findings: 12 },
  [],
  [
    // disputed, left: an asset reconciliation's saldo awal, mutations and saldo akhir are read as realisations (the
    // set: kondisi awal, money realised, kondisi akhir, and the book-value columns no role)
    ...["D", "E", "F", "G", "H", "I"].map(
      (c) => `rekonsiliasi-bmd-aset-tetap-bpkad-rokan-seberang.xlsx Rekon BMD 2024 column ${c}`,
    ),
    // disputed, left: the OPD column of a spending recap names who is responsible (the set: no role)
    "realisasi-belanja-per-opd-triwulan-bian-selatan.xlsx Realisasi OPD TW IV column C",
    // disputed, left: a worksheet table's "Jumlah" beside its Uraian is read as no role (the set: realisation)
    "lkjip-2024-pengukuran-kinerja-bpkad-tasik-serai.xlsx Tabel 3.1 column C",
    // disputed, left: a PK's programme column read as the indicator (the set: no role)
    "pk-kepala-bpkad-2025-renstra-muting-raya.xlsx PK 2025 column C",
  ],
);
