// What forms-blind305 .. 308 taught (housing and settlements, social affairs, tourism, the
// inspectorate): those "dengan akses" are served, not the slum they live in; complaints "yang
// masuk" are still complaints; rows marked "*)" under "*) indikator negatif" are the negatives;
// "Tahun - 1" .. "Tahun - 5" typed once over Target | Rp pairs are header rows; a PK's whole 7 is
// the plan's next year copied, not its 6,5 printed round, where the next year is exactly 7.
import { detectTables } from "../../../src/core/detect";
import type { CellValue } from "../../../src/core/grid";
import { reportTable } from "../../../src/core/report";
import { runRules } from "../../../src/core/rules";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("the words of a polarity (forms-blind305, 307)", () => {
  it("reads those 'dengan akses' as served and complaints 'yang masuk' as complaints", () => {
    expect(polaritasDariTeks("persentase kk di kawasan kumuh dengan akses sanitasi layak")).toMatchObject({
      polaritas: "positif",
    });
    expect(polaritasDariTeks("jumlah pengaduan wisatawan yang masuk")).toMatchObject({
      polaritas: "negatif",
    });
  });
});

describe("rows marked '*)' under '*) indikator negatif' (forms-blind306)", () => {
  const spec = (capaian: number, tanda = " *)"): SheetSpec => ({
    name: "Tabel 3.2",
    rows: [
      ["Tabel 3.2 Capaian Kinerja Sasaran Dinas Sosial Tahun 2024"],
      [],
      ["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)"],
      [1, "Persentase KPM PKH yang graduasi mandiri", "%", 5, 4.6, 92],
      [2, "Persentase data DTKS yang dimutakhirkan", "%", 75, 68.2, 90.93],
      [3, `Persentase bansos yang tidak tepat sasaran${tanda}`, "%", 3, 3.6, capaian],
      [4, "Persentase KUBE yang aktif berusaha", "%", 80, 61.5, 76.88],
      [],
      ["*) indikator negatif: capaian = (2 x target - realisasi) / target x 100."],
    ],
  });

  it("holds the marked row to refleksi", () => {
    expect(foundOn(spec(80))).toEqual([]);
    expect(foundOn(spec(120))).toContainEqual(["capaian-mismatch", "F6"]);
  });
});

describe("'Tahun - 1' .. 'Tahun - 5' typed once over Target | Rp pairs (forms-blind308)", () => {
  it("reads them as header rows of one table, the years from the title's period", () => {
    const pair = (t: number, rp: number): CellValue[] => [t, rp];
    // prettier-ignore
    const spec: SheetSpec = {
      name: "Tabel 5.1",
      rows: [
        ["Rencana Program, Kegiatan dan Pendanaan Indikatif Inspektorat"],
        ["Renstra Perangkat Daerah Tahun 2025-2029"],
        [],
        ["Kode", "Program dan Kegiatan", "Indikator Kinerja", "Satuan", "Data Capaian Tahun Awal (2024)", "Target Kinerja dan Kerangka Pendanaan", null, null, null, null, null, null, null, null, null, "Kondisi Kinerja Akhir Periode Renstra", null],
        [null, null, null, null, null, "Tahun - 1", null, "Tahun - 2", null, "Tahun - 3", null, "Tahun - 4", null, "Tahun - 5", null, null, null],
        [null, null, null, null, null, "Target", "Rp", "Target", "Rp", "Target", "Rp", "Target", "Rp", "Target", "Rp", "Target", "Rp"],
        ["6.01.02.2.01.0001", "Pengawasan Kinerja", "Jumlah OPD yang dievaluasi AKIP", "OPD", 32, ...pair(34, 612400), ...pair(34, 643000), ...pair(34, 675200), ...pair(34, 709000), ...pair(34, 744400), 170, 3384000],
        ["6.01.02.2.01.0004", "Probity Audit", "Jumlah LHP probity audit", "LHP", 9, ...pair(10, 158300), ...pair(12, 171900), ...pair(12, 184600), ...pair(14, 198200), ...pair(14, 213000), 62, 926000],
      ],
    };
    const tables = detectTables(sheet(spec)).map(reportTable);
    expect(tables).toHaveLength(1);
    const col = (c: string) => tables[0].columns.find((x) => x.column === c);
    expect(col("F")).toMatchObject({ role: "target", year: 2025 });
    expect(col("N")).toMatchObject({ role: "target", year: 2029 });
  });
});

describe("a PK's whole 7 beside the Renstra's 6,5 (forms-blind307)", () => {
  const renstra = (tahun2: number): SheetSpec => ({
    name: "Renstra",
    rows: [
      ["Indikator Kinerja Utama dan Target Renstra Dinas Pariwisata 2025-2029"],
      [],
      // prettier-ignore
      ["No", "Indikator Kinerja Utama", "Satuan", "Kondisi Awal", "Target Tahun", null, null, null, null],
      // prettier-ignore
      [null, null, null, null, "Tahun ke-1", "Tahun ke-2", "Tahun ke-3", "Tahun ke-4", "Tahun ke-5"],
      [1, "Tingkat penghunian kamar hotel berbintang", "%", 50.4, 52, 54, 56, 58, 60],
      [2, "Kontribusi sektor pariwisata terhadap PAD", "%", 6.1, 6.5, tahun2, 7.5, 8, 8.5],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:I3"],
  });
  const pk: SheetSpec = {
    name: "PK 2025",
    rows: [
      ["PERJANJIAN KINERJA TAHUN 2025"],
      [],
      ["No", "Indikator Kinerja", "Satuan", "Target"],
      [1, "Tingkat penghunian kamar hotel berbintang", "%", 52],
      [2, "Kontribusi sektor pariwisata terhadap PAD", "%", 7],
    ],
  };
  const found = (tahun2: number) => {
    const grids = [sheet(renstra(tahun2), 0), sheet(pk, 1)];
    return runRules(grids.flatMap((grid) => detectTables(grid).map((table) => ({ table, grid }))))
      .filter((f) => f.severity !== "info")
      .map((f) => [f.rule, `${f.sheet}!${f.cell}`]);
  };

  it("names the copy of the plan's next year, and leaves a whole number that only rounds it", () => {
    expect(found(7)).toContainEqual(["cross-table-mismatch", "PK 2025!D5"]);
    expect(found(7.2)).toEqual([]);
  });
});
