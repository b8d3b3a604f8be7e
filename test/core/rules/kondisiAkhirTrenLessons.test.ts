// kondisi-akhir-mismatch leaves a last-year turn to target-trend only where target-trend judges the
// row (`trenBarisDinilai`): on a flow whose polarity is the lexicon's, target-trend is silent, so
// the kondisi akhir that carries the path on is named here, or the one mistake goes unnamed.
import { foundOn } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const matriks = (rumah: number[], kumuh: number[]): SheetSpec => ({
  name: "IKU",
  rows: [
    ["MATRIKS INDIKATOR KINERJA DINAS PERUMAHAN TAHUN 2025-2029"],
    [],
    [
      "No",
      "Indikator",
      "Satuan",
      "Formulasi",
      "Target 2025",
      "Target 2026",
      "Target 2027",
      "Target 2028",
      "Target 2029",
      "Kondisi Akhir",
    ],
    [
      1,
      "Jumlah rumah tidak layak huni yang direhabilitasi",
      "unit",
      "Jumlah RTLH yang selesai direhabilitasi; kondisi akhir adalah target tahun terakhir",
      ...rumah,
    ],
    [
      2,
      "Persentase kawasan permukiman kumuh yang ditangani",
      "%",
      "Luas kumuh tertangani / luas kumuh x 100; kondisi akhir adalah target tahun terakhir",
      ...kumuh,
    ],
  ],
});

describe("a flow's last target that turns back under a kondisi akhir that carries the path on", () => {
  it("is named at the kondisi akhir when the polarity is only the lexicon's", () => {
    expect(foundOn(matriks([120, 140, 160, 180, 150, 200], [10, 15, 20, 25, 30, 30]))).toEqual([
      ["kondisi-akhir-mismatch", "J4"],
    ]);
  });

  it("is left to target-trend on a level, which names the turned year instead", () => {
    expect(foundOn(matriks([120, 140, 160, 180, 180, 180], [10, 15, 20, 25, 22, 30]))).toEqual([
      ["target-trend", "I5"],
    ]);
  });
});
