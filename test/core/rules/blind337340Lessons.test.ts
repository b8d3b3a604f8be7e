// What forms-blind336 and 329 left and forms-blind337 .. 340 taught: a program's amount in a PK
// read against the Renstra's pagu for the same year where the pagu's columns are headed by a
// counted year alone under a caption that names the money; a recap's figures are money paid where
// its caption says "(Rp)"; a header of three cells merged over nine columns is numbered as nine;
// a T-C.27's trainees are each year's own.
import { detectTables } from "../../../src/core/detect";
import { runRules } from "../../../src/core/rules";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

/** Every rule over the tables of several sheets, above info, as [rule, sheet!cell]. */
function foundOnBook(specs: SheetSpec[]): Array<[string, string]> {
  const tables = specs
    .map((s, i) => sheet(s, i))
    .flatMap((grid) => detectTables(grid).map((table) => ({ table, grid })));
  return runRules(tables)
    .filter((f) => f.severity !== "info")
    .map((f) => [f.rule, `${f.sheet}!${f.cell}`]);
}

describe("a PK's anggaran a zero short of the Renstra's pagu for its year (forms-blind336)", () => {
  // prettier-ignore
  const pk = (anggaran: number | string | null): SheetSpec => ({
    name: "PK 2025",
    rows: [
      ["PERJANJIAN KINERJA TAHUN 2025"],
      [],
      ["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Satuan", "Target 2025"],
      [1, "Meningkatnya kualitas pelayanan", "Bed Occupancy Rate (BOR)", "%", 70],
      [2, "Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat (IKM)", "nilai", 83],
      [],
      ["No", "Program", "Anggaran (Rp)", "Keterangan"],
      [1, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 86412350000, "APBD/BLUD"],
      [2, "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", anggaran, "APBD/BLUD"],
      [3, "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", 1246800000, "APBD/BLUD"],
      ["Jumlah", "Jumlah", 86412350000 + (typeof anggaran === "number" ? anggaran : 0) + 1246800000, null],
    ],
    formulas: { C11: "SUM(C8:C10)" },
  });
  // prettier-ignore
  const renstra: SheetSpec = {
    name: "IKU Renstra",
    rows: [
      ["Indikator Kinerja Utama RSUD"],
      ["Renstra Perangkat Daerah Tahun 2025-2029"],
      [],
      ["No", "Indikator", "Satuan", "Kondisi Awal (2024)", "Target Kinerja", null, null, null, null],
      [null, null, null, null, "Tahun - 1", "Tahun - 2", "Tahun - 3", "Tahun - 4", "Tahun - 5"],
      [1, "Bed Occupancy Rate (BOR)", "%", 66.5, 70, 72, 74, 75, 76],
      [2, "Indeks Kepuasan Masyarakat (IKM)", "nilai", 81.4, 83, 84, 85, 86, 87],
      [],
      ["Pagu Indikatif Program (Rp)"],
      ["No", "Program", "Tahun - 1", "Tahun - 2"],
      [1, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 86412350000, 90733000000],
      [2, "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 24185600000, 25640250000],
      [3, "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", 1246800000, 1318500000],
    ],
    merges: ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:I4"],
  };

  it("reads the pagu's counted years as the plan's years, by its caption", () => {
    const t = detectTables(sheet(renstra))[1];
    expect(t.columns.filter((c) => c.col >= 3).map((c) => [c.role, c.year])).toEqual([
      ["anggaran", 2025],
      ["anggaran", 2026],
    ]);
  });

  it("names the PK's amount, whose digits are the pagu's shifted by a place", () => {
    expect(foundOnBook([pk(2418560000), renstra])).toEqual([["number-scale", "PK 2025!C9"]]);
    // an amount that merely differs (the DPA is not the indicative pagu) is no slip
    expect(foundOnBook([pk(23950000000), renstra])).toEqual([]);
    expect(foundOnBook([pk(24185600000), renstra])).toEqual([]);
  });

  it("says nothing of an amount it cannot read (blank, dash, zero, an error value)", () => {
    for (const v of [null, "-", 0, "#REF!"])
      expect(foundOnBook([pk(v), renstra]).filter(([rule]) => rule === "number-scale")).toEqual([]);
  });

  it("names the plan's cell where its own row of years does not stand by it, as an info (its role a guess)", () => {
    const slip = { ...renstra, rows: renstra.rows.map((r) => [...r]) };
    slip.rows[11][2] = 2418560000;
    expect(foundOnBook([pk(24185600000), slip])).toEqual([]);
    const tables = [pk(24185600000), slip]
      .map((s, i) => sheet(s, i))
      .flatMap((grid) => detectTables(grid).map((table) => ({ table, grid })));
    const scale = runRules(tables).filter((f) => f.rule === "number-scale");
    expect(scale.map((f) => [f.severity, `${f.sheet}!${f.cell}`])).toEqual([["info", "IKU Renstra!C12"]]);
  });
});

describe("a recap whose caption says its figures are rupiah (forms-blind329)", () => {
  // prettier-ignore
  const spec: SheetSpec = {
    name: "Rehab-Rekon 2024",
    rows: [
      ["REKAPITULASI PELAKSANAAN REHABILITASI DAN REKONSTRUKSI TAHUN ANGGARAN 2024"],
      [],
      ["Realisasi keuangan per triwulan (Rp)"],
      ["Sektor", "TW I", "TW II", "TW III", "TW IV", "Jumlah"],
      ["Perumahan", 412300000, 1086450000, 1398700000, 1228600000, 4126050000],
      ["Infrastruktur", 735000000, 1642800000, 2105350000, 1459600000, 5942750000],
      ["Sosial", 188200000, 506900000, 611450000, 447250000, 1753800000],
      ["Jumlah", 1335500000, 3236150000, 4115500000, 3135450000, 11822600000],
    ],
  };

  it("reads the quarters as money paid out", () => {
    const [t] = detectTables(sheet(spec));
    const roles = t.columns.filter((c) => c.col >= 2).map((c) => c.tebakan?.role ?? c.role);
    expect(roles).toEqual(Array(5).fill("realisasi-anggaran"));
    expect(foundOn(spec)).toEqual([]);
  });
});

describe("a header of three cells merged over nine columns, numbered under it (forms-blind337)", () => {
  // prettier-ignore
  const spec = (f11: number): SheetSpec => ({
    name: "Desa Wisata & TPK",
    rows: [
      ["Rekapitulasi Desa Wisata dan Tingkat Penghunian Kamar Hotel per Kecamatan Tahun 2024"],
      [],
      ["Kecamatan", "Jumlah Desa Wisata menurut Klasifikasi", null, null, null, null, "Akomodasi Hotel", null, null, null],
      [null, "Rintisan", "Berkembang", "Maju", "Mandiri", "Jumlah", "Hotel (unit)", "Malam Kamar Tersedia", "Malam Kamar Terjual", "TPK (%)"],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6) = (2)+(3)+(4)+(5)", "(7)", "(8)", "(9)", "(10) = (9)/(8) x 100"],
      ["Wolasi Pesisir", 2, 3, 1, 0, 6, 14, 152570, 98140, 64.32],
      ["Kambu Raya", 3, 1, 0, 0, f11, 6, 48910, 27305, 55.83],
      ["Poasia Timur", 1, 2, 2, 1, 6, 9, 86505, 61870, 71.52],
      ["Nambo Lalowaru", 2, 2, 1, 0, 5, 5, 39420, 24760, 62.81],
      ["Kota Pantai Wolasi", 8, 8, 4, 1, 17 + f11, 34, 327405, 212075, 64.77],
    ],
    merges: ["A3:A4", "B3:F3", "G3:J3"],
    formulas: {
      J6: "ROUND(I6/H6*100,2)", J7: "ROUND(I7/H7*100,2)", J8: "ROUND(I8/H8*100,2)", J9: "ROUND(I9/H9*100,2)",
      B10: "SUM(B6:B9)", C10: "SUM(C6:C9)", D10: "SUM(D6:D9)", E10: "SUM(E6:E9)", F10: "SUM(F6:F9)",
      G10: "SUM(G6:G9)", H10: "SUM(H6:H9)", I10: "SUM(I6:I9)", J10: "ROUND(I10/H10*100,2)",
    },
  });

  it("is a table, and its row that does not add up is named", () => {
    expect(detectTables(sheet(spec(4))).map((t) => [t.dataRange.r1, t.dataRange.r2])).toEqual([[6, 10]]);
    expect(foundOn(spec(4))).toEqual([]);
    expect(foundOn(spec(5))).toEqual([["sum-mismatch", "F7"]]);
  });
});

describe("a T-C.27's trainees, each year's own (forms-blind339)", () => {
  const tahun = ["Tahun ke-1", "Tahun ke-2", "Tahun ke-3", "Tahun ke-4", "Tahun ke-5"];
  // prettier-ignore
  const spec = (peserta: number): SheetSpec => ({
    name: "T-C.27",
    rows: [
      ["RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN INDIKATIF TAHUN 2025-2029"],
      [],
      ["Kode", "Indikator Kinerja", "Satuan", "Kondisi Awal", ...tahun.flatMap((t) => [t, t]), "Kondisi Akhir", "Kondisi Akhir"],
      [null, null, null, null, ...tahun.flatMap(() => ["Target", "Rp"]), "Target", "Rp"],
      ["2.07.02.2.01.0001", "Jumlah peserta pelatihan berbasis kompetensi", "orang", 320, 336, 2606700, 352, 2721650, 368, 3151600, 384, 3288600, 400, 2976100, peserta, 14744650],
      ["2.07.02.2.01.0006", "Jumlah paket pelatihan di BLK", "paket", 20, 21, 1864200, 22, 1952750, 23, 2046300, 24, 2141800, 24, 2163500, 114, 10168550],
      ["2.07.02.2.01.0009", "Jumlah kejuruan yang peralatannya dimutakhirkan", "kejuruan", 2, 2, 742500, 2, 768900, 3, 1105300, 3, 1146800, 2, 812600, 12, 4576100],
      ["2.07.04.2.01.0002", "Jumlah mediasi perselisihan yang dilaksanakan", "kasus", 54, 56, 318600, 58, 334900, 60, 351200, 62, 368750, 64, 386400, 300, 1759850],
    ],
  });

  it("add up to the kondisi akhir where the table's other counts add up", () => {
    expect(foundOn(spec(1840))).toEqual([]);
    expect(foundOn(spec(400))).toEqual([["kondisi-akhir-mismatch", "O5"]]);
  });
});
