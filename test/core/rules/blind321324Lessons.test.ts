// What forms-blind317 .. 318 left and forms-blind321 .. 324 taught: a side table's two leaves under
// a heading typed once are header, beside a neighbour whose header spans two rows; a group heading
// typed in each of its cells heads the row under it; "Perubahan Desember thd Juli (%)" compares two
// named columns; a count of documents or reports made each year adds up where the table's other
// counts do.
import { detectTables } from "../../../src/core/detect";
import type { CellValue } from "../../../src/core/grid";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const ranges = (spec: SheetSpec): Array<[number, number, number]> =>
  detectTables(sheet(spec)).map((t) => [t.range.c1, t.range.r1, t.dataRange.r1]);

describe("a side table's header beside a neighbour whose header spans two rows (forms-blind318)", () => {
  it("keeps 'Kios / Los' over 'Jumlah | Terisi' as header, its first unit as data", () => {
    // prettier-ignore
    const spec: SheetSpec = {
      name: "Retribusi 2024",
      rows: [
        ["No", "Unit Pasar", "Target Retribusi (Rp)", "Realisasi (Rp)", null, "Capaian (%)", null, "Unit Pasar", "Kios / Los", null, "Tingkat Hunian (%)"],
        [null, null, null, "TW I", "TW II", null, null, null, "Jumlah", "Terisi", null],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", null, "Pasar Induk", 1240, 1158, 93.39],
        [1, "Pasar Induk", 1850000000, 421350000, 448900000, 47.03, null, "Pasar Sekanak", 486, 431, 88.68],
        [2, "Pasar Sekanak", 640000000, 142800000, 151250000, 45.94, null, "Pasar Talang", 352, 297, 84.38],
        [3, "Pasar Talang", 425000000, 88450000, 97300000, 43.71, null, "Pasar Kenten", 298, 276, 92.62],
      ],
      merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2"],
    };
    expect(ranges(spec)).toEqual([
      [1, 1, 4],
      [8, 1, 3],
    ]);
  });
});

describe("a group heading typed in each of its cells (forms-blind318)", () => {
  it("heads the leaves under it, and the number row ends the header", () => {
    // prettier-ignore
    const spec: SheetSpec = {
      name: "UTTP",
      rows: [
        ["Rekapitulasi Pelayanan Tera / Tera Ulang UTTP per Kecamatan Tahun 2024"],
        [],
        ["Kecamatan", "Jumlah UTTP Ditera", "Jumlah UTTP Ditera", "Jumlah UTTP Ditera", "Hasil", "Hasil", "Persentase UTTP Sah (%)"],
        ["Kecamatan", "Triwulan I", "Triwulan II", "Jumlah", "Disahkan", "Dibatalkan", "Persentase UTTP Sah (%)"],
        ["1", "2", "3", "4 = 2+3", "5", "6", "7 = 5/4 x 100"],
        ["Seruni Kidul", 212, 318, 530, 509, 21, 96.04],
        ["Seruni Lor", 164, 225, 389, 380, 9, 97.69],
        ["Gunungwangi", 96, 141, 237, 220, 17, 92.83],
      ],
    };
    expect(ranges(spec)).toEqual([[1, 3, 6]]);
  });
});

describe("'Perubahan Desember thd Juli (%)' (forms-blind318)", () => {
  // prettier-ignore
  const spec = (cabai: CellValue): SheetSpec => ({
    name: "Harga",
    rows: [
      ["Perkembangan Harga Rata-rata Bahan Pokok, Juli - Desember 2024 (Rp)"],
      ["No", "Komoditas", "Satuan", "Harga Rata-rata per Bulan (Rp)", null, null, null, null, null, "Perubahan Desember thd Juli (%)"],
      [null, null, null, "Juli", "Agustus", "September", "Oktober", "November", "Desember", null],
      [1, "Beras medium", "kg", 12800, 12900, 13050, 13100, 13250, 13450, 5.08],
      [2, "Cabai merah keriting", "kg", 38500, 34000, 31500, 36000, 44500, 52000, cabai],
      [3, "Bawang merah", "kg", 36000, 33500, 30500, 29000, 31000, 32400, -10],
      [4, "Gula pasir", "kg", 17500, 17600, 17600, 17750, 17800, 18000, 2.86],
      [5, "Telur ayam ras", "kg", 27800, 27500, 28200, 28900, 29400, 30100, 8.27],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:I2", "J2:J3"],
  });

  it("is the change of the first column named against the second", () => {
    expect(foundOn(spec(35.06))).toEqual([]);
    // (16,85 % is December against November)
    expect(foundOn(spec(16.85))).toEqual([["growth-mismatch", "J5"]]);
  });

  it("says nothing of a change that cannot be read: blank, dash, text, no base to grow from", () => {
    for (const v of [null, "-", "naik", "#DIV/0!"]) expect(foundOn(spec(v))).toEqual([]);
    const tanpaDasar = spec(35.06);
    tanpaDasar.rows[4] = [2, "Cabai merah keriting", "kg", 0, 34000, 31500, 36000, 44500, 52000, 100];
    expect(foundOn(tanpaDasar)).toEqual([]);
  });
});

describe("a yearly count of reports in a T-C.27 whose other counts add up (forms-blind317)", () => {
  // prettier-ignore
  const spec = (laporan: number): SheetSpec => ({
    name: "T-C.27",
    rows: [
      ["Rencana Program, Kegiatan dan Pendanaan Indikatif Bappeda 2025-2029"],
      ["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator", "Satuan", "Target Kinerja", null, null, null, null, "Kondisi Kinerja pada Akhir Periode Renstra"],
      [null, null, null, null, 2025, 2026, 2027, 2028, 2029, null],
      ["5.01.02.2.01", "Penyusunan Perencanaan", "Jumlah dokumen perencanaan makro yang disusun", "dokumen", 3, 3, 3, 3, 4, 16],
      ["5.01.02.2.01.0001", "Analisis Data", "Jumlah laporan analisis indikator makro", "laporan", 2, 2, 2, 2, 2, laporan],
      ["5.01.02.2.01.0002", "Penyusunan Dokumen", "Jumlah dokumen RKPD dan perubahan RKPD", "dokumen", 1, 1, 1, 1, 2, 6],
      ["5.01.02.2.02", "Pengendalian dan Evaluasi", "Persentase rekomendasi yang ditindaklanjuti", "%", 60, 65, 70, 75, 80, 80],
      ["5.01.02.2.02.0001", "Evaluasi RPJMD", "Jumlah laporan evaluasi RPJMD per tahun", "laporan", 1, 1, 1, 1, 1, 5],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:I2", "J2:J3"],
  });

  it("is the sum of its targets, as the table's other counts are", () => {
    expect(foundOn(spec(10))).toEqual([]);
    expect(foundOn(spec(2))).toEqual([["kondisi-akhir-mismatch", "J5"]]);
  });
});

describe("enforcement against a harm (forms-blind321)", () => {
  it("counts the actions taken: higher is better", () => {
    expect(polaritasDariTeks("Jumlah penertiban pelanggaran Perda dan Perbup")?.polaritas).toBe("positif");
    expect(polaritasDariTeks("Jumlah penindakan pelanggaran Perda")?.polaritas).toBe("positif");
    expect(polaritasDariTeks("Jumlah pelanggaran Perda")?.polaritas).toBe("negatif");
  });

  it("raises nothing on an R / T capaian", () => {
    // prettier-ignore
    const spec: SheetSpec = {
      name: "Tabel 3.1",
      rows: [
        ["Capaian Kinerja Satpol PP Tahun 2024"],
        ["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)"],
        [1, "Jumlah penertiban pelanggaran Perda dan Perbup", "kasus", 600, 510, 85],
        [2, "Jumlah patroli ketertiban umum", "kali", 1200, 991, 82.58],
        [3, "Persentase penegakan Perda yang tuntas", "%", 95, 91.3, 96.11],
      ],
    };
    expect(foundOn(spec)).toEqual([]);
  });
});
