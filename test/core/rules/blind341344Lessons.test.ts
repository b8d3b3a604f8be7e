// What forms-blind341 .. 344 taught (environment, public works, revenue, education): a note that
// calls a count "jumlah unit pada tahun 2029 (stok), bukan penjumlahan" states the last target; a
// group's part typed where its column holds formulas is the slip, not the total beside it; one
// number typed twice in a long number row is a slip of its typist; a header whose labels are merged
// down over the row under it starts on its first row, so two tables beside it split.
import { detectTables } from "../../../src/core/detect";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("a note that calls a count its stock, 'bukan penjumlahan' (forms-blind341)", () => {
  const tahun = ["Tahun ke-1", "Tahun ke-2", "Tahun ke-3", "Tahun ke-4", "Tahun ke-5"];
  // prettier-ignore
  const spec = (p5: number): SheetSpec => ({
    name: "T-C.27",
    rows: [
      ["Rencana Program, Kegiatan dan Pendanaan Indikatif 2025-2029"],
      [],
      ["Kode", "Indikator Kinerja", "Satuan", "Kondisi Awal", ...tahun.flatMap((t) => [t, t]), "Kondisi Akhir", "Kondisi Akhir"],
      [null, null, null, null, ...tahun.flatMap(() => ["Target", "Rp"]), "Target", "Rp"],
      ["2.11.10.2.01.0001", "Jumlah bank sampah aktif", "unit", 64, 72, 990250, 80, 1026800, 88, 1151520, 95, 1092990, 102, 1129230, p5, 5390790],
      ["2.11.10.2.01.0002", "Jumlah TPS3R yang dibangun", "unit", 3, 2, 1840000, 2, 1910000, 3, 2870000, 2, 1980000, 2, 2050000, 11, 10650000],
      ["2.11.10.2.01.0003", "Jumlah nasabah bank sampah baru", "orang", 1150, 1200, 412500, 1350, 438000, 1500, 465200, 1600, 489900, 1700, 512300, 7350, 2317900],
      ["2.11.10.2.02.0001", "Jumlah usaha penerap pengurangan plastik", "usaha", 45, 60, 356000, 70, 371500, 80, 389000, 90, 402700, 100, 418800, 400, 1938000],
      [],
      ["Catatan: kondisi akhir jumlah bank sampah aktif adalah jumlah unit pada tahun 2029 (stok), bukan penjumlahan."],
    ],
  });

  it("keeps the last target and names a sum", () => {
    expect(foundOn(spec(102))).toEqual([]);
    expect(foundOn(spec(437))).toEqual([["kondisi-akhir-mismatch", "O5"]]);
  });
});

describe("a group's part typed among its column's formulas (forms-blind343)", () => {
  // prettier-ignore
  const spec = (e6: number): SheetSpec => ({
    name: "Tunggakan",
    rows: [
      ["Keadaan s.d. 31 Desember 2024 (Rp)"],
      [],
      ["No", "Kecamatan", "Tunggakan PBB-P2", null, null, "% Tertagih"],
      [null, null, "Pokok s.d. 2023", "Pembayaran 2024", "Sisa", null],
      [1, "Ampenan Barat", 2814650000, 902400000, 1912250000, 32.06],
      [2, "Sayang Timur", 1968200000, 611850000, 1356350000, 31.09],
      [3, "Karang Damar", 3402900000, 1184300000, e6, 34.8],
      [4, "Pagutan Laut", 1275400000, 338750000, 936650000, 26.56],
      [5, "Rembiga Selatan", 2146800000, 749200000, 1397600000, 34.9],
      [6, "Bintaro Pantai", 894350000, 205600000, 688750000, 22.99],
      ["Jumlah", null, 12502300000, 3992100000, 8510200000 - 2218600000 + e6, 31.93],
    ],
    merges: ["A3:A4", "B3:B4", "C3:E3", "F3:F4"],
    formulas: {
      E5: "C5-D5", E6: "C6-D6", E8: "C8-D8", E9: "C9-D9", E10: "C10-D10",
      F5: "ROUND(D5/C5*100,2)", F6: "ROUND(D6/C6*100,2)", F7: "ROUND(D7/C7*100,2)", F8: "ROUND(D8/C8*100,2)",
      F9: "ROUND(D9/C9*100,2)", F10: "ROUND(D10/C10*100,2)",
      C11: "SUM(C5:C10)", D11: "SUM(D5:D10)", E11: "SUM(E5:E10)", F11: "ROUND(D11/C11*100,2)",
    },
  });

  it("is named, and the pokok beside it is not", () => {
    const right = spec(2218600000);
    right.formulas = { ...right.formulas, E7: "C7-D7" };
    expect(foundOn(right)).toEqual([]);
    expect(foundOn(spec(2281600000))).toEqual([["hardcoded-value", "E7"]]);
  });
});

describe("a long number row with one number typed twice (forms-blind344)", () => {
  const tahun = ["Tahun ke-1", "Tahun ke-2", "Tahun ke-3", "Tahun ke-4", "Tahun ke-5"];
  // prettier-ignore
  const spec: SheetSpec = {
    name: "T-C.27",
    rows: [
      ["Rencana Program, Kegiatan dan Pendanaan Tahun 2025-2029"],
      ["(dalam ribuan rupiah)"],
      [],
      ["Kode", "Program dan Kegiatan", "Indikator", "Satuan", "Kondisi Awal", ...tahun.flatMap((t) => [t, t]), "Kondisi Akhir", "Kondisi Akhir"],
      [null, null, null, null, null, ...tahun.flatMap(() => ["Target", "Rp"]), "Target", "Rp"],
      [1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 16, 17],
      ["1.01.02.2.01", "Pengelolaan Pendidikan Sekolah Dasar", "Persentase SD terakreditasi minimal B", "%", 78.5, 80, 7570500, 82, 8775000, 84, 9278200, 86, 7670000, 88, 6765600, 88, 40059300],
      ["1.01.02.2.01.0003", "Pembangunan Ruang Kelas Baru", "Jumlah ruang kelas baru SD yang dibangun", "ruang", 12, 10, 3150000, 12, 3870000, 12, 3960000, 10, 3410000, 8, 2780000, 52, 17170000],
      ["1.01.02.2.01.0009", "Rehabilitasi Ruang Kelas Sekolah", "Jumlah ruang kelas SD yang direhabilitasi", "ruang", 30, 24, 4420500, 26, 4905000, 28, 5318200, 22, 4260000, 20, 3985600, 120, 22889300],
    ],
  };

  it("is the header's number row, not a program over the rows", () => {
    const [t] = detectTables(sheet(spec));
    expect([t.numberRow, t.dataRange.r1]).toEqual([6, 7]);
    expect(foundOn(spec)).toEqual([]);
  });
});

describe("two tables beside each other under labels merged down over two header rows (forms-blind344)", () => {
  // prettier-ignore
  const spec: SheetSpec = {
    name: "Guru dan Akreditasi",
    rows: [
      ["REKAP GURU BERSERTIFIKAT PENDIDIK PER KORWIL DAN AKREDITASI SEKOLAH TAHUN 2024"],
      [],
      ["Korwil Pendidikan", "Jumlah Guru", "Lulus PPG (orang)", null, null, null, null, "% Bersertifikat", null, "Jenjang", "Jumlah Sekolah", "Peringkat Akreditasi", null, null, null],
      [null, null, "TW I", "TW II", "TW III", "TW IV", "Jumlah", null, null, null, null, "A", "B", "C", "Belum"],
      ["Korwil Mantikulore", 842, 3, 14, 22, 9, 48, 66.51, null, "TK", 64, 12, 30, 14, 8],
      ["Korwil Palu Timur Raya", 716, 2, 11, 18, 12, 43, 66.76, null, "SD", 122, 41, 58, 13, 6],
      ["Korwil Tatanga", 598, 1, 8, 15, 6, 30, 63.88, null, "SMP", 36, 15, 17, 3, 1],
      ["Korwil Ulujadi", 455, 1, 6, 11, 7, 25, 58.24, null, "Jumlah", 222, 68, 105, 30, 15],
      ["Jumlah", 2611, 7, 39, 66, 34, 146, 64.53],
    ],
    merges: ["A3:A4", "B3:B4", "C3:G3", "H3:H4", "J3:J4", "K3:K4", "L3:O3"],
    formulas: {
      G5: "SUM(C5:F5)", G6: "SUM(C6:F6)", G7: "SUM(C7:F7)", G8: "SUM(C8:F8)",
      B9: "SUM(B5:B8)", C9: "SUM(C5:C8)", D9: "SUM(D5:D8)", E9: "SUM(E5:E8)", F9: "SUM(F5:F8)", G9: "SUM(G5:G8)",
      K8: "SUM(K5:K7)", L8: "SUM(L5:L7)", M8: "SUM(M5:M7)", N8: "SUM(N5:N7)", O8: "SUM(O5:O7)",
    },
  };

  it("splits at the empty column, each table with its own Jumlah", () => {
    const ts = detectTables(sheet(spec)).map((t) => [
      t.range.r1,
      t.dataRange.c1,
      t.dataRange.c2,
      t.dataRange.r2,
    ]);
    expect(ts).toEqual([
      [3, 1, 8, 9],
      [3, 10, 15, 8],
    ]);
    expect(foundOn(spec)).toEqual([]);
  });
});
