// What forms-blind229 .. 232 taught (procurement, immunisation, drinking water, air quality): a
// number-row label "12a = 12/7 x 100" (or "4a") is a column of its own, not a second (12), so
// "13 = 6 + 12" does not add the capaian; "Unit Pelayanan" names a recap's rows as places do;
// "Arah (+/-)" is a polarity column; two recaps side by side whose headers name no role are
// tables when each closes with its own Jumlah row.
import { detectTables } from "../../../src/core/detect";
import { kolomPerNomor } from "../../../src/core/detect/nomorKolom";
import { classifyHeader } from "../../../src/core/detect/roles";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("an E.81 whose number row has '12a = 12/7 x 100' (forms-blind230, 231)", () => {
  const spec = (x12: number): SheetSpec => ({
    name: "Evaluasi Renja 2024",
    rows: [
      ["EVALUASI TERHADAP HASIL RENJA DINAS KESEHATAN"],
      ["Periode Pelaksanaan s.d. Triwulan IV Tahun 2024"],
      [],
      [
        "Kode",
        "Indikator Kinerja",
        "Satuan",
        "Target Renstra Tahun 2026",
        "Realisasi Renstra s.d. Tahun 2023",
        "Target Renja Tahun 2024",
        "Realisasi Triwulan I",
        "Realisasi Triwulan II",
        "Realisasi Triwulan III",
        "Realisasi Triwulan IV",
        "Realisasi Renja 2024",
        "Tingkat Capaian Renja 2024 (%)",
        "Realisasi Renstra s.d. Tahun 2024",
        "Tingkat Capaian Renstra s.d. Tahun 2024 (%)",
      ],
      [
        "1",
        "4",
        "4a",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12 = 8+9+10+11",
        "12a = 12/7 x 100",
        "13 = 6 + 12",
        "14 = 13/5 x 100",
      ],
      [
        "1.02.02.2.02",
        "Jumlah bayi yang mendapat imunisasi dasar lengkap",
        "bayi",
        30500,
        14820,
        5150,
        1180,
        1290,
        1335,
        1207,
        5012,
        97.32,
        x12,
        65.02,
      ],
      [
        "1.02.02.2.02.0025",
        "Jumlah sesi pelayanan imunisasi di posyandu",
        "sesi",
        9600,
        4710,
        1680,
        402,
        425,
        437,
        416,
        1680,
        100,
        6390,
        66.56,
      ],
    ],
  });

  it("reads no second (12) in '12a' or (4) in '4a'", () => {
    const g = sheet(spec(19832));
    const t = detectTables(g)[0];
    const nomor = kolomPerNomor(g, t.numberRow!, t.range.c1, t.range.c2);
    expect(nomor.get(12)).toEqual([11]);
    expect(nomor.get(4)).toEqual([2]);
  });

  it("holds (13) to (6) + (12), not to the capaian (kept right: no finding)", () => {
    expect(foundOn(spec(19832))).toEqual([]);
  });

  it("names a (13) that is not (6) + (12)", () => {
    expect(foundOn(spec(19932))).toContainEqual(["sum-mismatch", "M6"]);
  });
});

describe("two recaps side by side, each closed by its own Jumlah (forms-blind232)", () => {
  const spec = (i7: number): SheetSpec => ({
    name: "Rekap 2024",
    rows: [
      ["REKAPITULASI PERSETUJUAN LINGKUNGAN DAN PENGADUAN LINGKUNGAN HIDUP"],
      ["Dinas Lingkungan Hidup, Januari - Desember 2024"],
      [],
      [
        "Jenis Dokumen",
        "Permohonan Masuk",
        "Persetujuan Terbit",
        "% Terbit",
        null,
        "Media Pengaduan",
        "Diterima",
        "Selesai",
        "% Selesai",
      ],
      ["AMDAL", 7, 5, 71.43, null, "Aplikasi SP4N-LAPOR!", 64, 51, 79.69],
      ["Adendum ANDAL dan RKL-RPL", 4, 3, 75, null, "Datang langsung / surat", 23, 20, 86.96],
      ["UKL-UPL", 46, 39, 84.78, null, "Call center dan WhatsApp", 41, 30, i7],
      ["SPPL", 212, 208, 98.11, null, "Jumlah", 128, 101, 78.91],
      ["Jumlah", 269, 255, 94.8],
    ],
    formulas: {
      ...Object.fromEntries([5, 6, 7, 8].map((r) => [`I${r}`, `ROUND(H${r}/G${r}*100,2)`])),
      G8: "SUM(G5:G7)",
      H8: "SUM(H5:H7)",
    },
  });

  it("finds both tables", () => {
    const tables = detectTables(sheet(spec(73.17)));
    expect(tables.map((t) => [t.range.c1, t.range.c2, t.range.r2])).toEqual([
      [1, 4, 9],
      [6, 9, 8],
    ]);
  });

  it("names a share saved stale against its own formula", () => {
    expect(foundOn(spec(82.93))).toContainEqual(["ratio-components-mismatch", "I7"]);
  });

  it("leaves the right tables alone (kept)", () => {
    expect(foundOn(spec(73.17))).toEqual([]);
  });

  it("does not take rows without their own Jumlah for a table", () => {
    // (the same rows, each table's Jumlah left out)
    const rows = spec(73.17).rows.slice(0, 7);
    expect(detectTables(sheet({ name: "Rekap 2024", rows }))).toEqual([]);
  });
});

describe("words (forms-blind230, 232)", () => {
  it("reads 'Unit Pelayanan' as a place and 'Arah (+/-)' as the polarity", () => {
    expect(classifyHeader(["Unit Pelayanan"]).role).toBe("lokasi");
    expect(classifyHeader(["Arah (+/-)"]).role).toBe("polaritas");
  });
});
