// What forms-blind273 .. 276 taught (cooperatives, environmental health, civil service, housing):
// a duty left undone ("yang tidak melaksanakan RAT") and "pinjaman bermasalah (NPL)" are
// lower-is-better; "Tahun ke-1 = 2025 s.d. Tahun ke-5 = 2029" names the period; a total row's
// "=K11+L11+M11" holds each row's Jumlah to the same sum; a note on a year-end area does not
// name the area handled each year; a swapped-digit suspicion that only repeats a neighbour is
// none; and "Maks" / "Min" in a "Sifat" column are polarities.
import { konteksDari } from "../../../src/core/detect/periode";
import { parsePolaritas } from "../../../src/core/indicators";
import { cariPatahan } from "../../../src/core/rules/targetOutlier";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("words (forms-blind273, 275)", () => {
  it("reads a duty left undone and bad loans as lower-is-better", () => {
    expect(polaritasDariTeks("Persentase koperasi aktif yang tidak melaksanakan RAT")?.polaritas).toBe(
      "negatif",
    );
    expect(polaritasDariTeks("Persentase perusahaan yang belum menyampaikan LKPM")?.polaritas).toBe(
      "negatif",
    );
    expect(polaritasDariTeks("Rasio pinjaman bermasalah (NPL) KSP/USP")?.polaritas).toBe("negatif");
    // (kept) what is received or active stays more-is-better
    expect(polaritasDariTeks("Persentase koperasi aktif")?.polaritas).toBe("positif");
    expect(polaritasDariTeks("Persentase penduduk yang tidak merokok")).toBeUndefined();
  });

  it("reads 'Maks' and 'Min' as polarities", () => {
    expect(parsePolaritas("Maks")).toMatchObject({ ok: true, value: "positif" });
    expect(parsePolaritas("Min")).toMatchObject({ ok: true, value: "negatif" });
  });
});

describe("a period spelled by its ordinals (forms-blind274)", () => {
  it("reads 'Tahun ke-1 = 2025 s.d. Tahun ke-5 = 2029'", () => {
    expect(konteksDari(["Tahun ke-1 = 2025 s.d. Tahun ke-5 = 2029   (dalam ribuan rupiah)"])).toMatchObject({
      awalPeriode: 2025,
      akhirPeriode: 2029,
    });
  });
});

describe("a Jumlah column the total row computes across its row (forms-blind275)", () => {
  const spec = (jumlah: number): SheetSpec => ({
    name: "Pensiun 2024",
    rows: [
      ["ASN YANG PENSIUN TAHUN 2024"],
      [],
      ["No", "Jenis Pensiun", "Golongan", null, null, "Jumlah"],
      [null, null, "I / II", "III", "IV", null],
      [1, "Batas Usia Pensiun", 14, 96, 41, 151],
      [2, "Janda / Duda", 3, 12, 5, 20],
      [3, "Atas Permintaan Sendiri", 1, 9, 4, jumlah],
      [4, "Uzur / Tidak Cakap Jasmani", 2, 4, 1, 7],
      ["Jumlah", null, 20, 121, 51, 192],
    ],
    merges: ["A3:A4", "B3:B4", "C3:E3", "F3:F4", "A9:B9"],
    formulas: { C9: "SUM(C5:C8)", D9: "SUM(D5:D8)", E9: "SUM(E5:E8)", F9: "C9+D9+E9" },
  });

  it("names the typed row, not the column total that follows it", () => {
    expect(foundOn(spec(14))).toEqual([]);
    expect(foundOn(spec(17))).toEqual([["sum-mismatch", "F7"]]);
  });
});

describe("a note on a year-end area and the area handled each year (forms-blind276)", () => {
  const spec = (akhir: number): SheetSpec => ({
    name: "TC-27",
    rows: [
      ["Tabel T-C.27 Rencana Program dan Kegiatan Dinas Perkim 2025-2029"],
      [],
      [
        "Kode",
        "Indikator Kinerja",
        "Satuan",
        "Kondisi Awal (2024)",
        "Target Tahun",
        null,
        null,
        null,
        null,
        "Kondisi Akhir Periode Renstra",
      ],
      [null, null, null, null, 2025, 2026, 2027, 2028, 2029, null],
      ["1.04.03", "Luas kawasan permukiman kumuh", "ha", 48.6, 42.1, 36.5, 30.2, 24.8, 19.5, 19.5],
      ["1.04.03.2.02", "Luas kawasan kumuh yang ditangani", "ha", 5.2, 6.5, 5.6, 6.3, 5.4, 5.3, akhir],
      [
        "1.04.03.2.02.0001",
        "Jumlah RTLH di kawasan kumuh yang diperbaiki",
        "unit",
        96,
        120,
        110,
        115,
        100,
        95,
        540,
      ],
      [],
      [
        "Catatan: luas kawasan kumuh dan persentase adalah kondisi pada akhir tahun; kondisi akhir = target tahun ke-5.",
      ],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:I3", "J3:J4"],
  });

  it("leaves the handled area's sum alone, and holds the year-end area to its last target (kept)", () => {
    expect(foundOn(spec(29.1))).toEqual([]);
    const wrong = spec(29.1);
    wrong.rows[4][9] = 24.8;
    expect(foundOn(wrong)).toContainEqual(["kondisi-akhir-mismatch", "J5"]);
  });
});

describe("a swapped-digit suspicion (forms-blind276)", () => {
  it("is none where the swap only repeats a neighbour within the path's step", () => {
    expect(cariPatahan([6.5, 5.6, 6.3, 5.4, 5.3], true)).toBeUndefined();
  });

  it("still names a swap that falls strictly between its neighbours (kept)", () => {
    expect(cariPatahan([3.5, 3.58, 3.56, 3.74, 3.8], true)).toMatchObject({ index: 2, tertukar: 3.65 });
  });
});
