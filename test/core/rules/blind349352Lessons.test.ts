// What forms-blind349 .. 352 taught (investment and licensing, civil service, planning, fisheries):
// an E.81 that leaves out its No and Sasaran columns keeps the form's numbers, so its number row
// starts at 3; "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra (%)" measures against the
// Renstra's end-period target.
import { detectTables } from "../../../src/core/detect";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("an E.81 number row that starts at 3 (forms-blind352)", () => {
  const pair = (t: string): string[] => [t, t];
  // prettier-ignore
  const spec: SheetSpec = {
    name: "E81 TW IV 2024",
    rows: [
      ["EVALUASI HASIL PELAKSANAAN RENJA s.d. TRIWULAN IV TAHUN 2024"],
      [],
      ["Kode", "Program / Kegiatan", "Indikator Kinerja", "Satuan", ...pair("Target Renja Tahun 2024"), ...pair("Realisasi Triwulan I"), ...pair("Realisasi Triwulan II"), ...pair("Realisasi Triwulan III"), ...pair("Realisasi Triwulan IV"), ...pair("Realisasi Renja 2024")],
      [null, null, null, null, "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"],
      ["3", "4", "5", "5a", "8", "8", "9", "9", "10", "10", "11", "11", "12", "12", "13", "13"],
      ["3.25.02.2.01", "Pemberdayaan Nelayan Kecil", "Jumlah nelayan kecil yang difasilitasi premi asuransi", "orang", 1200, 905000000, 150, 120500000, 320, 215750000, 410, 268400000, 280, 262100000, 1160, 866750000],
      ["3.25.02.2.02", "Pengelolaan Tempat Pelelangan Ikan", "Jumlah kegiatan lelang ikan", "kali", 160, 712000000, 35, 98200000, 42, 176300000, 38, 205900000, 41, 214600000, 156, 695000000],
    ],
    merges: ["E3:F3", "G3:H3", "I3:J3", "K3:L3", "M3:N3", "O3:P3", "A3:A4", "B3:B4", "C3:C4", "D3:D4"],
  };

  it("is the header's number row, not the first data row", () => {
    const [t] = detectTables(sheet(spec));
    expect([t.numberRow, t.dataRange.r1, t.dataRange.r2]).toEqual([5, 6, 7]);
    expect(foundOn(spec)).toEqual([]);
  });
});

describe("a capaian against the Renstra's end, named with its pair (forms-blind350)", () => {
  const pair = (t: string): string[] => [t, t];
  // prettier-ignore
  const spec = (i7: number): SheetSpec => ({
    name: "Evaluasi Renja TW IV",
    rows: [
      ["FORMULIR E.81 - EVALUASI HASIL RENJA s.d. Triwulan IV Tahun Anggaran 2025"],
      [],
      ["Kode", "Indikator Kinerja", "Satuan", ...pair("Target Renstra pada Tahun 2026 (Akhir Periode Renstra)"), ...pair("Realisasi Capaian Kinerja Renstra s.d. Renja Tahun 2024"), ...pair("Realisasi Capaian Kinerja dan Anggaran Renja 2025"), ...pair("Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2025"), ...pair("Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra (%)")],
      [null, null, null, "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"],
      ["2", "4", "4a", "5", "5", "6", "6", "12", "12", "13 = 6 + 12", "13 = 6 + 12", "14 = 13/5 x 100", "14 = 13/5 x 100"],
      ["5.03.02.2.03.0001", "Jumlah ASN yang mengikuti pelatihan manajerial dan teknis", "orang", 1200, 3450000000, 610, 1816200000, 255, 731100000, 865, 2547300000, 72.08, 73.83],
      ["5.03.02.2.03.0003", "Jumlah ASN yang mengikuti pelatihan fungsional", "orang", 640, 2180000000, 322, 1104750000, 138, 450750000, 460, 1555500000, i7, 71.35],
      ["5.03.02.2.04.0002", "Jumlah ASN yang mengikuti uji kompetensi", "orang", 900, 1200000000, 410, 520000000, 170, 230000000, 580, 750000000, 64.44, 62.5],
    ],
    merges: ["D3:E3", "F3:G3", "H3:I3", "J3:K3", "L3:M3", "A3:A4", "B3:B4", "C3:C4"],
  });

  it("reads the share over the Renstra's end-period target and names one typed wrong", () => {
    const [t] = detectTables(sheet(spec(71.88)));
    expect(t.columns.find((c) => c.col === 12)?.endOfPeriod).toBe(true);
    expect(foundOn(spec(71.88))).toEqual([]);
    expect(foundOn(spec(78.13))).toEqual([["capaian-mismatch", "L7"]]);
  });
});
