// What forms-blind253 .. 256 taught (crop and cattle insurance, elections and party aid, regional
// languages at school, non-communicable diseases): a ratio the form's number row states holds each
// typed row to it; a line under the rows that computes its column's capaian is held to its own
// formula; a small table whose rows are a payment's stages stands beside another; "Tahun Anggaran
// 2025" is the year where a source's year is quoted too; a certified or accredited share is
// more-is-better.
import { detectTables } from "../../../src/core/detect";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("a ratio the form's number row states (forms-blind253)", () => {
  const spec = (j11: number): SheetSpec => ({
    name: "Rekap AUTP 2024",
    rows: [
      ["REKAPITULASI PESERTA DAN KLAIM AUTP TAHUN 2024"],
      [],
      ["No", "Kecamatan", "Luas Terdaftar (ha)", "Luas Puso (ha)", "% Luas Puso"],
      ["(1)", "(2)", "(3)", "(4)", "(5) = (4)/(3) x 100"],
      [1, "Lubuk Sirenggo", 1186.5, 42.3, 3.57],
      [2, "Koto Tangah Hilir", 812.25, 3.5, 0.43],
      [3, "Batang Ampalu", 1521.75, 96.8, j11],
      [4, "Sungai Limau Manih", 498, 12.5, 2.51],
      [5, "Pasar Gadang", 1043.5, 28.75, 2.76],
    ],
  });

  it("names the typed row that breaks it", () => {
    expect(foundOn(spec(6.63))).toEqual([["ratio-components-mismatch", "E7"]]);
  });

  it("leaves the rows that keep it alone (kept)", () => {
    expect(foundOn(spec(6.36))).toEqual([]);
  });
});

describe("a capaian line under the rows (forms-blind256)", () => {
  const spec = (g9: number): SheetSpec => ({
    name: "Rekap Triwulan 2024",
    rows: [
      ["Rekapitulasi Pelayanan Kesehatan Usia Lanjut Tahun 2024"],
      [],
      [
        "Periode",
        "Posbindu Aktif (pos)",
        "Kunjungan (orang)",
        "Puskesmas",
        "Posyandu Lansia",
        "Kunjungan Rumah",
        "Lansia Diskrining",
      ],
      ["Triwulan I", 112, 8420, 2140, 3860, 210, 6210],
      ["Triwulan II", 118, 9315, 2385, 4120, 245, 6750],
      ["Triwulan III", 121, 9870, 2510, 4395, 262, 7167],
      ["Triwulan IV", 126, 10245, 2275, 4010, 238, 6523],
      ["Jumlah", 126, 37850, 9310, 16385, 955, 26650],
      ["Sasaran usia lanjut Tahun 2024 (orang)", null, null, null, null, null, 31500],
      ["Capaian SPM pelayanan usia lanjut (%)", null, null, null, null, null, g9],
    ],
    merges: ["A9:F9", "A10:F10"],
    formulas: {
      ...Object.fromEntries([4, 5, 6, 7].map((r) => [`G${r}`, `D${r}+E${r}+F${r}`])),
      ...Object.fromEntries(["C", "D", "E", "F", "G"].map((c) => [`${c}8`, `SUM(${c}4:${c}7)`])),
      B8: "B7",
      G10: "ROUND(G8/G9*100,2)",
    },
  });

  it("names the saved value its own formula contradicts", () => {
    expect(foundOn(spec(79.12))).toEqual([["capaian-mismatch", "G10"]]);
  });

  it("leaves the recalculated value alone (kept)", () => {
    expect(foundOn(spec(84.6))).toEqual([]);
  });
});

describe("a payment's stages beside the parties' aid (forms-blind254)", () => {
  it("reads two tables, the year the title calls its own", () => {
    const g = sheet({
      name: "Banpol 2025",
      rows: [
        ["REKAPITULASI BANTUAN KEUANGAN PARTAI POLITIK TAHUN ANGGARAN 2025"],
        ["(berdasarkan perolehan suara sah Pemilu DPRD 2024)"],
        [],
        [
          "No",
          "Partai Politik",
          "Perolehan Suara Sah",
          "Jumlah Bantuan (Rp)",
          "Realisasi Penyaluran (Rp)",
          "% Penyaluran",
          null,
          "Tahap Penyaluran",
          "Tanggal SP2D",
          "Jumlah (Rp)",
        ],
        [1, "Partai A", 38412, 51856200, 51856200, 100, null, "Tahap I", "14-04-2025", 125121375],
        [2, "Partai B", 35907, 48474450, 48474450, 100, null, "Tahap II", "22-09-2025", 106438050],
        [3, "Partai C", 31288, 42238800, 21119400, 50, null, "Jumlah", null, 231559425],
        [4, "Partai D", 22150, 29902500, 29902500, 100],
        ["JUMLAH", null, 127757, 172472000, 151352550, 87.75],
      ],
    });
    const tables = detectTables(g);
    expect(tables.map((t) => [t.range.c1, t.range.c2])).toEqual([
      [1, 6],
      [8, 10],
    ]);
    expect(tables[0].columns.find((c) => c.col === 4)?.year).toBe(2025);
  });
});

describe("words (forms-blind255)", () => {
  it("reads a certified or accredited share as more-is-better", () => {
    expect(polaritasDariTeks("Persentase guru bahasa daerah bersertifikat pendidik")?.polaritas).toBe(
      "positif",
    );
    expect(polaritasDariTeks("Persentase sekolah terakreditasi")?.polaritas).toBe("positif");
  });
});
