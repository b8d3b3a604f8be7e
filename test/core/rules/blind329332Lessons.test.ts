// What forms-blind329 .. 332 taught (disaster management, social services, communications, finance):
// a heading of periods across the columns ("Sektor | TW I .. TW IV | Jumlah") heads a table of its
// own under a caption; "Pratama" is no average; notes that number the negatives count the rows
// where there is no No column; a JUMLAH that copies one row where its neighbours add two is short;
// a revenue's quarters add up to its "s.d. Triwulan IV".
import { detectTables } from "../../../src/core/detect";
import { rumusTetangga } from "../../../src/core/rules/rumusTetangga";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("a caption over a heading of periods (forms-blind329)", () => {
  // prettier-ignore
  const spec: SheetSpec = {
    name: "Rehab-Rekon 2024",
    rows: [
      ["No", "Sektor", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"],
      [1, "Perumahan", 4500000000, 4126050000, 91.69],
      [2, "Infrastruktur", 6250000000, 5942750000, 95.08],
      [3, "Sosial", 1820000000, 1753800000, 96.36],
      [null, "TOTAL", 12570000000, 11822600000, 94.05],
      [],
      ["Realisasi keuangan per triwulan (Rp)"],
      ["Sektor", "TW I", "TW II", "TW III", "TW IV", "Jumlah"],
      ["Perumahan", 412300000, 1086450000, 1398700000, 1228600000, 4126050000],
      ["Infrastruktur", 735000000, 1642800000, 2105350000, 1459600000, 5942750000],
      ["Sosial", 188200000, 506900000, 611450000, 447250000, 1753800000],
      ["Jumlah", 1335500000, 3236150000, 4115500000, 3135450000, 11822600000],
    ],
  };

  it("ends the table above and heads its own", () => {
    expect(detectTables(sheet(spec)).map((t) => [t.range.r1, t.range.r2])).toEqual([
      [1, 5],
      [8, 12],
    ]);
    expect(foundOn(spec)).toEqual([]);
  });
});

describe("a JUMLAH one row short under 'Pratama | Madya | Utama' (forms-blind329)", () => {
  // prettier-ignore
  const spec: SheetSpec = {
    name: "Destana 2024",
    rows: [
      ["No", "Kecamatan", "Jumlah Nagari", "Nagari Tangguh Bencana (Destana)", null, null, null, "Persentase Nagari Tangguh (%)"],
      [null, null, null, "Pratama", "Madya", "Utama", "Jumlah", null],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)=(4)+(5)+(6)", "(8)=(7)/(3)x100"],
      [1, "Sirangkai Hilir", 9, 3, 2, 1, 6, 66.67],
      [2, "Sirangkai Mudiak", 11, 4, 1, 0, 5, 45.45],
      [3, "Lubuk Tarok", 12, 5, 3, 1, 9, 75],
      [4, "Koto Pulai", 8, 2, 2, 1, 5, 62.5],
      ["JUMLAH", null, 40, 12, 8, 3, 25, 62.5],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:G1", "H1:H2", "A8:B8"],
    formulas: {
      G4: "SUM(D4:F4)", G5: "SUM(D5:F5)", G6: "SUM(D6:F6)", G7: "SUM(D7:F7)",
      H4: "ROUND(G4/C4*100,2)", H5: "ROUND(G5/C5*100,2)", H6: "ROUND(G6/C6*100,2)", H7: "ROUND(G7/C7*100,2)",
      C8: "SUM(C4:C7)", D8: "SUM(D4:D6)", E8: "SUM(E4:E7)", F8: "SUM(F4:F7)", G8: "SUM(G4:G7)", H8: "ROUND(G8/C8*100,2)",
    },
  };

  it("is named: 'Pratama' is a grade, no average", () => {
    expect(foundOn(spec)).toEqual([["sum-mismatch", "D8"]]);
    // (by the row's own sums too, which speak where the column's role is only a guess)
    const g = sheet(spec);
    const short = rumusTetangga(detectTables(g)[0], g).map((f) => [f.row, f.col, f.messageId]);
    expect(short).toEqual([[8, 4, "rowSumShort"]]);
  });
});

describe("notes that number the negatives, in a table without a No column (forms-blind330)", () => {
  // prettier-ignore
  const spec = (f3: number): SheetSpec => ({
    name: "Capaian IKU 2024",
    rows: [
      ["Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      ["Persentase PPKS yang terpenuhi kebutuhan dasarnya", "%", 78, 81.4, 104.36],
      ["Persentase penyandang disabilitas yang direhabilitasi", "%", 64, 55.3, 86.41],
      ["Persentase anak terlantar yang belum tertangani", "%", 18, 15.6, f3],
      ["Persentase KPM bansos dengan data tidak valid", "%", 6.5, 5.9, 109.23],
      [],
      ["Keterangan: indikator 3 dan 4 bersifat negatif (semakin kecil semakin baik), capaian = (2T - R)/T x 100%."],
    ],
  });

  it("count the indicator rows in order", () => {
    expect(foundOn(spec(113.33))).toEqual([]);
    expect(foundOn(spec(86.67))).toEqual([["capaian-mismatch", "E4"]]);
  });
});

describe("a JUMLAH that copies one program where its neighbours add two (forms-blind332)", () => {
  // prettier-ignore
  const spec: SheetSpec = {
    name: "T-C.27",
    rows: [
      ["Kode", "Program", "Indikator", "Satuan", "Rp 2025", "Rp 2026", "Rp 2027", "Rp 2028"],
      ["5.02.04", "Program Pengelolaan Pendapatan Daerah", "Rasio PAD", "%", 3265300, 3500000, 3688300, 3865400],
      ["5.02.04.2.01", "Perencanaan Retribusi", "Jumlah dokumen kajian", "dokumen", 3265300, 3500000, 3688300, 3865400],
      ["5.02.03", "Program Pengelolaan BMD", "Persentase aset tercatat", "%", 2460000, 2690500, 2920600, 3130750],
      ["5.02.03.2.01", "Pengelolaan BMD", "Jumlah laporan BMD", "laporan", 2460000, 2690500, 2920600, 3130750],
      [null, "JUMLAH", null, null, 5725300, 6190500, 6608900, 3865400],
    ],
    formulas: { E2: "E3", F2: "F3", G2: "G3", H2: "H3", E4: "E5", F4: "F5", G4: "G5", H4: "H5", E6: "E2+E4", F6: "F2+F4", G6: "G2+G4", H6: "H2" },
  };

  it("is short of the program it leaves out", () => {
    expect(foundOn(spec)).toEqual([["sum-mismatch", "H6"]]);
  });
});

describe("a revenue's quarters and its 's.d. Triwulan IV' (forms-blind332)", () => {
  // prettier-ignore
  const spec = (n: number): SheetSpec => ({
    name: "PAD 2024",
    rows: [
      ["Uraian Pendapatan Asli Daerah", "Target APBD", "Realisasi", null, null, null, null, "% Realisasi"],
      [null, null, "Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV", "s.d. Triwulan IV", null],
      ["Pajak Daerah", 142500000000, 28114250600, 35870412300, 38226905100, 44615330800, 146826898800, 103.04],
      ["Retribusi Daerah", 21750000000, 4102380500, 5318640200, 5477015900, 5902118400, n, 95.63],
      ["Lain-lain PAD yang Sah", 18300000000, 3911204700, 4480330100, 4706912400, 5380045600, 18478492800, 100.98],
    ],
    merges: ["A1:A2", "B1:B2", "C1:G1", "H1:H2"],
  });

  it("add up, as money received does", () => {
    expect(foundOn(spec(20800155000))).toEqual([]);
    expect(foundOn(spec(14898036600))).toEqual([["sum-mismatch", "G4"]]);
  });
});

describe("'Jumlah / Posisi Akhir' under quarters of flows and a stock (forms-blind334)", () => {
  // prettier-ignore
  const spec = (tw3: number): SheetSpec => ({
    name: "Cadangan Beras",
    rows: [
      ["Periode", "Cadangan Beras (ton)", null, null, "Realisasi Anggaran (Rp)"],
      [null, "Pengadaan", "Penyaluran", "Stok Akhir", null],
      ["Saldo awal 1 Januari", null, null, 42, null],
      ["Triwulan I", 20, 6.5, 55.5, 118400000],
      ["Triwulan II", 15, 11.2, 59.3, 96750000],
      ["Triwulan III", 0, 18.4, 40.9, tw3],
      ["Triwulan IV", 25, 9.8, 56.1, 152900000],
      ["Jumlah / Posisi Akhir", 60, 45.9, 56.1, 432150000],
    ],
    merges: ["A1:A2", "B1:D1", "E1:E2"],
    formulas: { D4: "D3+B4-C4", D5: "D4+B5-C5", D6: "D5+B6-C6", D7: "D6+B7-C7", B8: "SUM(B4:B7)", C8: "SUM(C4:C7)", D8: "D7" },
  });

  it("is the total row: its typed Rp names the quarter that lost a zero, its stock is no sum", () => {
    expect(foundOn(spec(64100000))).toEqual([]);
    expect(foundOn(spec(6410000))).toEqual([["sum-mismatch", "E6"]]);
  });
});
