// Layouts the detector must read: multi-row merged headers, the column-number row, titles,
// sections, footnotes, a header repeated after a page break, two tables on a sheet, blank
// columns, a table far from A1. Values from Kota Blitar Renstra Tabel 7.3 / 7.4 and 2.3.1.
import { detectTables } from "../../../src/core/detect";
import type { DetectedTable } from "../../../src/core/detect";
import { CellValue, Grid, colToLetters, gridFromRows, parseRange, rangeToA1 } from "../../../src/core/grid";

const merge = (g: Grid, a1: string): void => g.addMerge(parseRange(a1)!);
const roles = (t: DetectedTable): string[] =>
  t.columns.map((c) => `${colToLetters(c.col)}:${c.role}${c.year ? ` ${c.year}` : ""}`);
const ranges = (t: DetectedTable): string[] => [rangeToA1(t.headerRange), rangeToA1(t.dataRange)];

// Tabel 7.3: two header rows (No..Satuan merged down, "Target Capaian Kinerja" over 2022 2023).
function tabel73(origin = { row: 1, col: 1 }, extra: CellValue[][] = []): Grid {
  const rows: CellValue[][] = [
    ["Tabel 7.3"],
    ["Indikator Kinerja Utama (IKU) Dinas Sosial Kota Blitar Tahun 2022-2023"],
    [],
    [
      "No",
      "Indikator Kinerja Utama",
      "Definisi Operasional",
      "Formulasi Perhitungan",
      "Satuan",
      "Target Capaian Kinerja",
      null,
    ],
    [null, null, null, null, null, 2022, 2023],
    [
      1,
      "Persentase fakir miskin yang berdaya",
      "Fakir miskin yang berdaya ...",
      "Jumlah ... x 100%",
      "%",
      10,
      10,
    ],
    [
      2,
      "Persentase Penurunan PMKS",
      "PMKS adalah ...",
      "((PMKS n-1) - (PMKS n)) / PMKS n-1 x 100%",
      "%",
      1.45,
      1.47,
    ],
    ...extra,
  ];
  const g = gridFromRows("S", rows, origin);
  const r = (n: number): number => origin.row + n - 1;
  const c = (n: number): string => colToLetters(origin.col + n - 1);
  for (let i = 1; i <= 5; i++) merge(g, `${c(i)}${r(4)}:${c(i)}${r(5)}`);
  merge(g, `${c(6)}${r(4)}:${c(7)}${r(4)}`);
  return g;
}

describe("detectTables", () => {
  it("reads a two-row merged header, its title, and years from the lower row", () => {
    const [t, ...rest] = detectTables(tabel73());
    expect(rest).toEqual([]);
    expect(ranges(t)).toEqual(["A4:G5", "A6:G7"]);
    expect(t.titleRows).toEqual([1, 2]);
    expect(t.kind).toBe("iku");
    expect(roles(t)).toEqual([
      "A:no",
      "B:indikator",
      "C:definisi",
      "D:rumus",
      "E:satuan",
      "F:target 2022",
      "G:target 2023",
    ]);
    expect(t.columns[5].header).toBe("Target Capaian Kinerja > 2022");
  });

  it("finds a table starting at column D row 30", () => {
    const [t] = detectTables(tabel73({ row: 27, col: 4 }));
    expect(ranges(t)).toEqual(["D30:J31", "D32:J33"]);
    expect(roles(t)[5]).toBe("I:target 2022");
  });

  it("ends the body at a footnote and keeps the footnote out", () => {
    const [t] = detectTables(tabel73(undefined, [["*) Data prediksi"], ["Sumber: Dinas Sosial"]]));
    expect(rangeToA1(t.dataRange)).toBe("A6:G7");
  });

  it("keeps one blank row inside a table", () => {
    const [t] = detectTables(
      tabel73(undefined, [[], [3, "Persentase PSKS aktif", "...", "...", "%", 100, 100]]),
    );
    expect(rangeToA1(t.dataRange)).toBe("A6:G9");
    expect(t.rows.map((r) => r.row)).toEqual([6, 7, 9]);
  });

  it("reads two tables on one sheet as two", () => {
    const g = tabel73(undefined, [
      [],
      [],
      ["Tabel 7.4"],
      ["No", "Indikator Kinerja Kunci", "Satuan", "Target 2022", "Target 2023"],
      [1, "Persentase PMKS yang tertangani", "%", 80, 85],
      [2, "Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya", "%", 100, 100],
    ]);
    const ts = detectTables(g);
    expect(ts.map(ranges)).toEqual([
      ["A4:G5", "A6:G7"],
      ["A11:E11", "A12:E13"],
    ]);
    expect(ts[1].titleRows).toEqual([10]);
    expect(roles(ts[1])).toEqual(["A:no", "B:indikator", "C:satuan", "D:target 2022", "E:target 2023"]);
  });

  it("skips a header repeated after a printed page break, with its number row", () => {
    const header: CellValue[] = [
      "No",
      "Indikator Kinerja",
      "Satuan",
      "Target 2017",
      "Target 2018",
      "Realisasi 2017",
      "Realisasi 2018",
    ];
    const numbers: CellValue[] = [1, 2, 3, 4, 5, 6, 7];
    const g = gridFromRows("S", [
      header,
      numbers,
      ["I Indikator Tujuan"],
      [1, "Indeks Gini (IKU Kota)", "Indeks", 0.36, 0.36, 0.39, 0.35],
      header,
      numbers,
      ["II Indikator Sasaran"],
      [1, "Persentase Penurunan PMKS (IKU)", "%", 1, 19.69, -1.29, 5.89],
    ]);
    const ts = detectTables(g);
    expect(ts).toHaveLength(1);
    const [t] = ts;
    expect(ranges(t)).toEqual(["A1:G2", "A3:G8"]);
    expect(t.numberRow).toBe(2);
    expect(t.repeatedHeaderRows).toEqual([5, 6]);
    expect(t.rows.map((r) => [r.row, r.kind])).toEqual([
      [3, "section"],
      [4, "indikator"],
      [7, "section"],
      [8, "indikator"],
    ]);
    expect(t.rows[3].parent).toBe(7);
  });

  it("leaves out empty spacer columns", () => {
    const g = gridFromRows("S", [
      ["No", null, "Indikator", "Satuan", "Target 2024"],
      [1, null, "Indeks Gini", "Indeks", 0.35],
    ]);
    const [t] = detectTables(g);
    expect(roles(t)).toEqual(["A:no", "C:indikator", "D:satuan", "E:target 2024"]);
  });

  it("reads codes into program > kegiatan > sub kegiatan, and a second indicator without code", () => {
    const g = gridFromRows("S", [
      ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target 2024", null],
      [null, null, null, "K", "Rp"],
      ["1.06.02", "Program Pemberdayaan Sosial", "Persentase PSKS aktif", 100, 150_000_000],
      ["1.06.02.2.01", "Pengumpulan Sumbangan", "Jumlah izin", 5, 100_000_000],
      ["1.06.02.2.01.0001", "Penerbitan Izin", "Jumlah izin terbit", 5, 100_000_000],
      [null, null, "Jumlah laporan", 2, null],
      ["1.06.02.2.02", "Pengelolaan Data", "Jumlah data", 1, 50_000_000],
      ["Jumlah", null, null, null, 150_000_000],
    ]);
    merge(g, "D1:E1");
    const [t] = detectTables(g);
    expect(t.kind).toBe("program");
    expect(roles(t)).toEqual(["A:kode", "B:lainnya", "C:indikator", "D:target 2024", "E:anggaran 2024"]);
    expect(t.rows.map((r) => [r.row, r.kind, r.parent])).toEqual([
      [3, "program", undefined],
      [4, "kegiatan", 3],
      [5, "sub-kegiatan", 4],
      [6, "indikator-lanjutan", 5],
      [7, "kegiatan", 3],
      [8, "total", undefined],
    ]);
  });

  it("finds nothing on a sheet without a header row", () => {
    expect(detectTables(gridFromRows("S", [["Catatan rapat"], [1, 2, 3], ["a", "b"]]))).toEqual([]);
    expect(detectTables(new Grid({ name: "kosong" }))).toEqual([]);
  });
});
