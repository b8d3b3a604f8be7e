// What forms-blind265 .. 268 taught (women's and children's protection, libraries, labour, roads):
// a number row lettered "(a)" .. "(f)" states its sums as a numbered one does ("(f) = (c)+(d)+(e)");
// a stale "% Ditempatkan dari Kompeten" is a share of the part its header names, no capaian of a
// target; and (266, 268, after 262) "Target Renstra PD Tahun 2026" of an E.81 under a Renstra of
// 2021-2026 is the end-period target.
import { foundOn } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("a lettered number row's sum (forms-blind267)", () => {
  const spec = (jumlah: number): SheetSpec => ({
    name: "PHI 2024",
    rows: [
      ["REKAPITULASI PERSELISIHAN HUBUNGAN INDUSTRIAL TAHUN 2024"],
      [],
      ["Periode", "Kasus Tercatat", "Diselesaikan", null, null, null],
      ["Periode", "Kasus Tercatat", "Bipartit", "Mediasi (PB)", "Anjuran / ke PHI", "Jumlah"],
      ["(a)", "(b)", "(c)", "(d)", "(e)", "(f) = (c)+(d)+(e)"],
      ["Triwulan I", 14, 6, 4, 1, 11],
      ["Triwulan II", 11, 5, 3, 2, 10],
      ["Triwulan III", 17, 8, 5, 1, jumlah],
      ["Triwulan IV", 9, 4, 3, 1, 8],
    ],
    merges: ["C3:F3", "A3:A4", "B3:B4"],
  });

  it("holds each row to '(f) = (c)+(d)+(e)'", () => {
    expect(foundOn(spec(14))).toEqual([]);
    expect(foundOn(spec(16))).toContainEqual(["sum-mismatch", "F8"]);
  });
});

describe("a stale share of the part its header names (forms-blind267)", () => {
  const spec = (saved: number, header = "% Ditempatkan dari Kompeten"): SheetSpec => ({
    name: "Rekap BLK 2024",
    rows: [
      ["REKAPITULASI PELATIHAN DAN PENEMPATAN LULUSAN TAHUN 2024"],
      [],
      ["No", "Kejuruan", "Kompeten", "Ditempatkan", header],
      ["(1)", "(2)", "(3)", "(4)", "(5) = (4)/(3) x 100"],
      [1, "Otomotif", 52, 29, 55.77],
      [2, "Pengelasan", 41, 27, 65.85],
      [3, "Instalasi Listrik", 27, 13, 48.15],
      [4, "Menjahit", 71, 43, saved],
      [5, "Desain Grafis", 40, 19, 47.5],
    ],
    formulas: {
      E5: "ROUND(D5/C5*100,2)",
      E6: "ROUND(D6/C6*100,2)",
      E7: "ROUND(D7/C7*100,2)",
      E8: "ROUND(D8/C8*100,2)",
      E9: "ROUND(D9/C9*100,2)",
    },
  });

  it("is named as a ratio written wrong, not as a capaian", () => {
    expect(foundOn(spec(60.56))).toEqual([]);
    const found = foundOn(spec(52.11));
    expect(found).toContainEqual(["ratio-components-mismatch", "E8"]);
    expect(found).not.toContainEqual(["capaian-mismatch", "E8"]);
  });
});

describe("a predikat beside a capaian whose format hides its decimals (forms-blind265)", () => {
  const spec = (capaian: number, fmt: string, predikat: string): SheetSpec => ({
    name: "LKjIP 2024",
    rows: [
      ["CAPAIAN KINERJA TAHUN 2024"],
      [],
      ["No", "Indikator Kinerja", "Target 2024", "Realisasi 2024", "Capaian (%)", "Predikat"],
      [1, "Persentase kasus kekerasan yang ditangani", 100, capaian, capaian, predikat],
      [2, "Persentase layanan pengaduan diselesaikan", 100, 82, 82, "Tinggi"],
      [3, "Persentase korban yang didampingi", 100, 68, 68, "Sedang"],
    ],
    numFmts: { E4: fmt },
  });

  it("judges the band of the value and of the number printed, not half a unit around it", () => {
    // 74,99 printed 75: "Sedang" both ways, Tinggi being above 75
    expect(foundOn(spec(74.99, "#,##0", "Sedang"))).toEqual([]);
    expect(foundOn(spec(74.99, "#,##0", "Tinggi"))).toContainEqual(["predikat-mismatch", "F4"]);
  });

  it("accepts either band where the print and the value part (kept)", () => {
    // 90,004 printed 90,00: Tinggi as printed, Sangat Tinggi as stored
    expect(foundOn(spec(90.004, "0.00", "Tinggi"))).toEqual([]);
    expect(foundOn(spec(90.004, "0.00", "Sangat Tinggi"))).toEqual([]);
  });
});
