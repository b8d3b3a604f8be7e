// What forms-blind345 .. 348 taught (livestock, trade, national unity, youth and sport): a form's
// header whose words name no role is a table when its number row states one of its identities; a
// price table's ceiling (HET / HAP) is no price observed and its "(Rp)" no money spent; markets
// "yang dipantau" stand as a coverage; a stale capaian formula is stale beside a refleksi row too.
import { detectTables } from "../../../src/core/detect";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("a header of words that name no role, numbered with an identity (forms-blind348)", () => {
  // prettier-ignore
  const spec = (e9: number): SheetSpec => ({
    name: "Rekap 2024",
    rows: [
      ["REKAPITULASI PEROLEHAN MEDALI PORPROV XVI TAHUN 2024"],
      [],
      ["Cabang Olahraga", "Medali", null, null, null, "Jumlah Atlet"],
      [null, "Emas", "Perak", "Perunggu", "Jumlah", null],
      ["1", "2", "3", "4", "5 = 2+3+4", "6"],
      ["Atletik", 4, 3, 5, 12, 22],
      ["Pencak Silat", 6, 2, 4, 12, 18],
      ["Renang", 1, 3, 2, 6, 12],
      ["Karate", 3, 4, 2, e9, 14],
      ["Panahan", 0, 2, 1, 3, 8],
      ["Jumlah", 14, 14, 14, 33 + e9, 74],
    ],
    merges: ["A3:A4", "B3:E3", "F3:F4"],
    formulas: { E6: "SUM(B6:D6)", E7: "SUM(B7:D7)", E8: "SUM(B8:D8)", E10: "SUM(B10:D10)" },
  });

  it("is found, and its row that does not add up is named", () => {
    expect(detectTables(sheet(spec(9))).map((t) => [t.dataRange.r1, t.dataRange.r2])).toEqual([[6, 11]]);
    expect(foundOn(spec(10))).toEqual([["sum-mismatch", "E9"]]);
  });
});

describe("a price table under a caption in rupiah, beside its ceiling price (forms-blind346)", () => {
  // prettier-ignore
  const spec: SheetSpec = {
    name: "Harga Bapok",
    rows: [
      [null, "Rata-rata Harga Eceran Bahan Pokok di Pasar Rakyat Tahun 2024 (Rp)"],
      [],
      [null, "Komoditas", "Satuan", "HET / HAP", "Harga Rata-rata Triwulan", null, null, null, "Rata-rata 2024"],
      [null, null, null, null, "I", "II", "III", "IV", null],
      [null, "1", "2", "3", "4", "5", "6", "7", "8 = (4+5+6+7)/4"],
      [null, "Beras medium", "kg", 13500, 13200, 13650, 13900, 14100, 13713],
      [null, "Gula pasir", "kg", 17500, 17000, 17250, 17800, 18150, 17550],
      [null, "Minyak goreng curah", "liter", 15700, 15400, 15600, 15500, 15850, 15588],
      [null, "Telur ayam ras", "kg", 30000, 27900, 28400, 29150, 29800, 28813],
    ],
    merges: ["B3:B4", "C3:C4", "D3:D4", "E3:H3", "I3:I4"],
    formulas: { I6: "ROUND(AVERAGE(E6:H6),0)", I7: "ROUND(AVERAGE(E7:H7),0)", I8: "ROUND(AVERAGE(E8:H8),0)", I9: "ROUND(AVERAGE(E9:H9),0)" },
  };

  it("is found; the ceiling is no price observed, and no price is money spent", () => {
    const [t] = detectTables(sheet(spec));
    expect([t.dataRange.r1, t.dataRange.r2]).toEqual([6, 9]);
    const role = (col: number) => {
      const c = t.columns.find((x) => x.col === col)!;
      return c.tebakan?.role ?? c.role;
    };
    expect([role(4), role(5), role(8)]).toEqual(["lainnya", "realisasi", "realisasi"]);
    expect(foundOn(spec)).toEqual([]);
  });
});

describe("markets 'yang dipantau' in a T-C.27 whose other counts add up (forms-blind346)", () => {
  const tahun = ["Tahun ke-1", "Tahun ke-2", "Tahun ke-3", "Tahun ke-4", "Tahun ke-5"];
  // prettier-ignore
  const spec = (pasar: number): SheetSpec => ({
    name: "T-C.27",
    rows: [
      ["RENCANA PROGRAM, KEGIATAN DAN PENDANAAN INDIKATIF 2025-2029"],
      [],
      ["Kode", "Indikator Kinerja", "Satuan", "Kondisi Awal", ...tahun.flatMap((t) => [t, t]), "Kondisi Akhir", "Kondisi Akhir"],
      [null, null, null, null, ...tahun.flatMap(() => ["Target", "Rp"]), "Target", "Rp"],
      ["3.27.03.2.01", "Jumlah dosis vaksin rabies dan PMK yang diberikan", "dosis", 11400, 12000, 845000, 12500, 880500, 13000, 912300, 13500, 948000, 14000, 990200, 65000, 4576000],
      ["3.27.03.2.03", "Jumlah akseptor inseminasi buatan", "ekor", 2250, 2400, 268400, 2550, 281000, 2700, 297500, 2850, 310200, 3000, 326600, 13500, 1483700],
      ["3.30.04.2.02", "Jumlah kegiatan pasar murah", "kali", 8, 10, 845000, 12, 912600, 12, 958200, 14, 1006100, 14, 1056400, 62, 4778300],
      ["3.30.04.2.01", "Jumlah pasar yang dipantau harga mingguan", "pasar", 4, 6, 312500, 6, 328000, 7, 344400, 7, 361600, 8, 379700, pasar, 1726200],
    ],
  });

  it("keeps the markets watched as they stand: their kondisi akhir is the last target", () => {
    expect(foundOn(spec(8))).toEqual([]);
  });
});

describe("a stale capaian formula beside a refleksi row (forms-blind348)", () => {
  // prettier-ignore
  const spec = (h6: number): SheetSpec => ({
    name: "Tabel 3.1",
    rows: [
      ["No", "Indikator Kinerja", "Satuan", "Tahun 2024", null, null, "Tahun 2024"],
      [null, null, null, "Target", "Realisasi", "Capaian (%)", "Kategori"],
      [1, "Jumlah medali emas Porprov", "keping", 22, 25, 113.64, "Sangat Baik"],
      [2, "Persentase cabor berprestasi tingkat provinsi", "%", 45, 43.2, h6, "Sangat Baik"],
      [3, "Persentase sarana olahraga dalam kondisi baik", "%", 65, 47.1, 72.46, "Cukup"],
      [4, "Persentase pemuda pengangguran terbuka (16-30 th)", "%", 12.5, 11.8, 105.6, "Sangat Baik"],
      [5, "Jumlah wirausaha muda baru", "orang", 110, 104, 94.55, "Sangat Baik"],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:G1"],
    formulas: { F3: "ROUND(E3/D3*100,2)", F4: "ROUND(E4/D4*100,2)", F5: "ROUND(E5/D5*100,2)", F6: "ROUND((2*D6-E6)/D6*100,2)", F7: "ROUND(E7/D7*100,2)" },
  });

  it("is named by its own formula", () => {
    expect(foundOn(spec(96))).toEqual([]);
    expect(foundOn(spec(104.17))).toEqual([["capaian-mismatch", "F4"]]);
  });
});
