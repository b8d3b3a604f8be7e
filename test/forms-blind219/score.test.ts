// The checker on the six workbooks of test/forms-blind219 (a Dinas Perdagangan on pasar rakyat, metrologi legal (tera / tera ulang UTTP) and harga bahan pokok, Sumatera Barat and Kalimantan Selatan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of ff5c4fa): tables 8/9 (the T-C.27's header, unmerged, its years written 'Tahun-1 (2025)', read as one row: the table split in two), roles 62/89, planted mistakes 10/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind219 } from "./build";

scoreFormSet(
  "the two-hundred-and-nineteenth form set (test/forms-blind219)",
  writeFormsBlind219,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // rule names disputed: a stale cached price change ('Perubahan TW IV thd TW I (%)') is named by ratio-components-mismatch (the set: growth-mismatch)
    "harga-bahan-pokok-triwulan-batang-sialang.xlsx Harga Bahan Pokok 2024!J13",
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "renstra-tc27-disdag-metrologi-lembah-mawira.xlsx Tabel 6.1 column Q",
    // recap conventions, left: average prices by quarter, their change and a market operation's counts and cost (the set: realised, growth, realised Rp)
    "harga-bahan-pokok-triwulan-batang-sialang.xlsx Harga Bahan Pokok 2024 column E",
    "harga-bahan-pokok-triwulan-batang-sialang.xlsx Harga Bahan Pokok 2024 column F",
    "harga-bahan-pokok-triwulan-batang-sialang.xlsx Harga Bahan Pokok 2024 column G",
    "harga-bahan-pokok-triwulan-batang-sialang.xlsx Harga Bahan Pokok 2024 column H",
    "harga-bahan-pokok-triwulan-batang-sialang.xlsx Harga Bahan Pokok 2024 column I",
    "harga-bahan-pokok-triwulan-batang-sialang.xlsx Harga Bahan Pokok 2024 column J",
    "harga-bahan-pokok-triwulan-batang-sialang.xlsx Harga Bahan Pokok 2024 column N",
    "harga-bahan-pokok-triwulan-batang-sialang.xlsx Harga Bahan Pokok 2024 column O",
    "harga-bahan-pokok-triwulan-batang-sialang.xlsx Harga Bahan Pokok 2024 column P",
  ],
);
