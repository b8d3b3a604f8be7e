// What forms-blind293 .. 296 taught (green space, civil registry, disaster relief, the BPKAD): an
// air-quality station is a place; a running total named by what it adds carries its opening
// balance; an LRA's "SiLPA (3 + 6)" is held to its own label.
import { detectTables } from "../../../src/core/detect";
import { reportTable } from "../../../src/core/report";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("an air-quality station is the place (forms-blind293)", () => {
  it("reads 'Stasiun Pemantau' as lokasi", () => {
    const spec: SheetSpec = {
      name: "ISPU 2024",
      rows: [
        ["Indeks Standar Pencemar Udara per Stasiun Tahun 2024"],
        [],
        ["No", "Stasiun Pemantau", "Target", "Realisasi"],
        [1, "Stasiun Pasar Sawir", 60, 69.75],
        [2, "Stasiun Hutan Kota", 45, 43],
        [3, "Stasiun Simpang Empat", 70, 79.5],
      ],
    };
    const [t] = detectTables(sheet(spec));
    expect(reportTable(t).columns[1].role).toBe("lokasi");
  });
});

describe("a running total named by what it adds, from an opening balance (forms-blind294)", () => {
  const spec = (tw3: number): SheetSpec => ({
    name: "KIA 2024",
    rows: [
      ["Rekapitulasi Penerbitan Kartu Identitas Anak Tahun 2024"],
      [],
      ["Triwulan", "Anak 0-<17 Tahun (jiwa)", "KIA Terbit", "KIA Kumulatif", "Cakupan KIA (%)"],
      ["Triwulan I", 118400, 3920, 53070, 44.82],
      ["Triwulan II", 118950, 4480, 57550, 48.38],
      ["Triwulan III", 119380, 5105, tw3, 52.41],
      ["Triwulan IV", 119820, 4675, 67330, 56.19],
      ["Posisi akhir 2024", 119820, 18180, 67330, 56.19],
    ],
  });

  it("holds the typed 62.565 to 49.150 + the quarters (62.655), and leaves the right one alone", () => {
    expect(foundOn(spec(62655))).toEqual([]);
    expect(foundOn(spec(62565))).toContainEqual(["sum-mismatch", "D6"]);
  });
});

describe("an LRA's 'SiLPA (3 + 6)' (forms-blind296)", () => {
  const spec = (silpa: number): SheetSpec => ({
    name: "LRA 2024",
    rows: [
      ["Realisasi APBD Tahun Anggaran 2024"],
      [],
      ["No", "Uraian (dalam ribuan rupiah)", "Anggaran", "Realisasi"],
      [1, "Pendapatan Daerah", 1284650200, 1251387940],
      [2, "Belanja Daerah", 1342118700, 1198406515],
      [3, "Surplus / (Defisit) (1 - 2)", -57468500, 52981425],
      [4, "Penerimaan Pembiayaan (SiLPA tahun lalu)", 62468500, 62468500],
      [5, "Pengeluaran Pembiayaan", 5000000, 5000000],
      [6, "Pembiayaan Netto (4 - 5)", 57468500, 57468500],
      [7, "Sisa Lebih Pembiayaan Anggaran (SiLPA) (3 + 6)", 0, silpa],
    ],
  });

  it("holds each figure of a labelled row to the rows its label names", () => {
    expect(foundOn(spec(110449925))).toEqual([]);
    expect(foundOn(spec(109449925))).toContainEqual(["sum-mismatch", "D10"]);
  });
});
