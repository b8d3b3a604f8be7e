// What forms-blind93 .. 100 taught (labour and transmigration, and the fourth round: livestock,
// energy and mining, housing and settlements, youth and sports): a note that sums a count's final
// condition does not reach a row that is a level of the same subject (an average, a share).
import { foundOn } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("a Renstra note that sums one count's final condition", () => {
  const spec = (kkAkhirSum: boolean): SheetSpec => {
    const rows: Array<Array<string | number | null>> = [
      ["TARGET KINERJA RENSTRA DINAS TENAGA KERJA DAN TRANSMIGRASI TAHUN 2025-2029"],
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Kondisi Awal (2024)",
        "Target Kinerja",
        null,
        null,
        null,
        null,
        "Kondisi Akhir Renstra",
      ],
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Kondisi Awal (2024)",
        "Tahun I",
        "Tahun II",
        "Tahun III",
        "Tahun IV",
        "Tahun V",
        "Kondisi Akhir Renstra",
      ],
      [1, "Persentase lulusan pelatihan yang ditempatkan", "%", 52.5, 57, 60, 62, 64, 66, 66],
      [
        2,
        "Jumlah KK transmigran yang ditempatkan",
        "KK",
        150,
        100,
        125,
        125,
        150,
        150,
        kkAkhirSum ? 650 : 150,
      ],
      [
        3,
        "Rata-rata pendapatan KK transmigran per bulan",
        "Rp ribu",
        2840,
        2950,
        3075,
        3200,
        3325,
        3450,
        3450,
      ],
      [],
      ["Catatan: Kondisi akhir KK transmigran = jumlah penempatan 2025-2029;"],
      ["indikator persentase dan rata-rata: target tahun 2029."],
    ];
    return {
      name: "Renstra 2025-2029",
      rows,
      merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:I2", "J2:J3"],
    };
  };

  it("sums the count it names, and leaves the average of the same households at its last target", () => {
    expect(foundOn(spec(true))).toEqual([]);
    expect(foundOn(spec(false))).toEqual([["kondisi-akhir-mismatch", "J5"]]);
  });
});
