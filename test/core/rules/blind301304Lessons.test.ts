// What forms-blind301 .. 304 taught (transport, maternal health, food crops, Satpol PP and Damkar):
// work not yet done is lower-is-better; a crop year's "Subround" is a period and a yield is never
// summed; a note may list its negatives after a colon; a column's own formulas say its convention
// where the row's polarity is unknown; an E.81's realisation over a span is to its last year; a
// fire post names a recap's rows.
import { detectTables } from "../../../src/core/detect";
import { reportTable } from "../../../src/core/report";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("work not yet done is lower-is-better (forms-blind301)", () => {
  it("reads 'yang belum dipasang rambu' as negative, and leaves a state kept alone", () => {
    expect(polaritasDariTeks("persentase titik rawan kecelakaan yang belum dipasang rambu")).toMatchObject({
      polaritas: "negatif",
    });
    expect(polaritasDariTeks("persentase sungai yang tidak tercemar")?.polaritas).not.toBe("negatif");
  });
});

describe("a crop year's subrounds beside the alsintan (forms-blind303)", () => {
  // prettier-ignore
  const spec = (tw2: number): SheetSpec => ({
    name: "Produksi dan Alsintan",
    rows: [
      ["Luas Panen, Produktivitas dan Produksi Padi serta Distribusi Alsintan Tahun 2024"],
      [],
      ["Subround", "Luas Panen (ha)", "Produktivitas (ku/ha)", "Produksi GKG (ton)", null, "Jenis Alsintan", "Poktan Sasaran", "Poktan Penerima", "% Poktan Penerima", "Unit"],
      ["(1)", "(2)", "(3)", "(4) = (2) x (3) / 10", null, null, null, null, null, null],
      ["Subround I (Jan-Apr)", 28460, 53.84, 153228.64, null, "Traktor roda dua", 48, 46, 95.83, 46],
      ["Subround II (Mei-Ags)", 17935, 50.12, 89890.22, null, "Pompa air", 36, 31, tw2, 35],
      ["Subround III (Sep-Des)", 9870, 47.65, 47030.55, null, "Combine harvester", 12, 9, 75, 9],
      ["Jumlah / Rata-rata", 56265, 51.57, 290149.41, null, "Jumlah", 96, 86, 89.58, 90],
    ],
    merges: ["F3:F4", "G3:G4", "H3:H4", "I3:I4", "J3:J4"],
    formulas: {
      B8: "SUM(B5:B7)",
      D8: "SUM(D5:D7)",
      G8: "SUM(G5:G7)",
      H8: "SUM(H5:H7)",
      J8: "SUM(J5:J7)",
      I5: "ROUND(H5/G5*100,2)",
      I7: "ROUND(H7/G7*100,2)",
      I8: "ROUND(H8/G8*100,2)",
      ...Object.fromEntries([5, 6, 7].map((r) => [`D${r}`, `ROUND(B${r}*C${r}/10,2)`])),
    },
  });

  it("finds both tables and sums no yield", () => {
    const tables = detectTables(sheet(spec(86.11))).map(reportTable);
    expect(tables.map((t) => t.range)).toEqual(["A3:D8", "F3:J8"]);
    expect(foundOn(spec(86.11))).toEqual([]);
  });

  it("holds a typed share to the column's own R / T where the row's polarity is unknown", () => {
    // (the alsintan table alone: 113,89 is the reflection of 31 over 36; the column's formulas
    // divide R by T)
    const alsintan = (tw2: number): SheetSpec => ({
      name: "Alsintan",
      rows: [
        ["Distribusi Alsintan Tahun 2024"],
        [],
        ["Jenis Alsintan", "Poktan Sasaran", "Poktan Penerima", "% Poktan Penerima", "Unit"],
        ["Traktor roda dua", 48, 46, 95.83, 46],
        ["Pompa air", 36, 31, tw2, 35],
        ["Combine harvester", 12, 9, 75, 9],
        ["Jumlah", 96, 86, 89.58, 90],
      ],
      formulas: {
        D4: "ROUND(C4/B4*100,2)",
        D6: "ROUND(C6/B6*100,2)",
        B7: "SUM(B4:B6)",
        C7: "SUM(C4:C6)",
        D7: "ROUND(C7/B7*100,2)",
        E7: "SUM(E4:E6)",
      },
    });
    expect(foundOn(alsintan(86.11))).toEqual([]);
    expect(foundOn(alsintan(113.89))).toContainEqual(["capaian-mismatch", "D5"]);
  });
});

describe("a note that lists its negatives after a colon (forms-blind303)", () => {
  const spec = (opt: number): SheetSpec => ({
    name: "Tabel 3.2",
    rows: [
      ["Tabel 3.2 Capaian Indikator Kinerja Sasaran Dinas Pertanian TPH Tahun 2024"],
      [],
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      [1, "Produktivitas padi", "ku/ha", 57.5, 55.8, 97.04],
      [2, "Persentase luas puso padi akibat banjir dan kekeringan", "%", 1.5, 1.2, 120],
      [3, "Luas serangan OPT utama padi", "ha", 2400, 2760, opt],
      [4, "Nilai Tukar Petani (NTP) subsektor tanaman pangan", "indeks", 104, 106.1, 102.02],
      [],
      [
        "Indikator negatif (semakin kecil semakin baik): luas puso dan luas serangan OPT; capaian = (2 x target - realisasi) / target x 100.",
      ],
    ],
  });

  it("reads both subjects and holds the OPT row to refleksi", () => {
    expect(foundOn(spec(85))).toEqual([]);
    expect(foundOn(spec(115))).toContainEqual(["capaian-mismatch", "F6"]);
  });
});

describe("an E.81's realisation over a span, and its Renstra target 's.d.' the end (forms-blind303)", () => {
  it("reads 'Realisasi Renstra 2021-2023' as 2023's to date and 'Target Renstra s.d. Tahun 2026' as the end", () => {
    // prettier-ignore
    const spec: SheetSpec = {
      name: "Evaluasi Renja 2024",
      rows: [
        ["Tabel Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah Tahun 2024"],
        [],
        ["Kode", "Program / Kegiatan", "Indikator Kinerja", "Satuan", "Target Renstra s.d. Tahun 2026", null, "Realisasi Renstra 2021-2023", null, "Target Renja 2024", null, "Realisasi Renja 2024", null, "Realisasi Renstra s.d. 2024", null, "Tingkat Capaian Renstra s.d. 2024 (%)", null],
        [null, null, null, null, "Kinerja", "Keuangan (Rp)", "Kinerja", "Keuangan (Rp)", "Kinerja", "Keuangan (Rp)", "Kinerja", "Keuangan (Rp)", "Kinerja", "Keuangan (Rp)", "Kinerja", "Keuangan (Rp)"],
        ["3.27.02.2.01.0004", "Penyediaan Alsintan", "Jumlah unit alsintan yang didistribusikan", "unit", 240, 14500, 142, 8912, 40, 2650, 38, 2596, 180, 11508, 75, 79.37],
        ["3.27.02.2.01.0007", "Penyediaan Benih Padi Bersertifikat", "Luas tanam padi dengan benih bersertifikat", "ha", 18000, 6800, 11250, 4105, 3500, 1180, 3430, 1138, 14680, 5243, 81.56, 77.1],
      ],
      merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:J3", "K3:L3", "M3:N3", "O3:P3"],
    };
    const [t] = detectTables(sheet(spec)).map(reportTable);
    const col = (c: string) => t.columns.find((x) => x.column === c);
    expect(col("E")).toMatchObject({ role: "target", year: 2026, endOfPeriod: true });
    expect(col("E")?.toDate).toBeUndefined();
    expect(col("G")).toMatchObject({ role: "realisasi", year: 2023, toDate: true });
    expect(col("H")).toMatchObject({ role: "realisasi-anggaran", year: 2023, toDate: true });
  });
});

describe("a fire post names a recap's rows (forms-blind304)", () => {
  it("reads 'Pos / WMK' as lokasi", () => {
    const spec: SheetSpec = {
      name: "WMK",
      rows: [
        ["DATA KEBAKARAN PER WILAYAH MANAJEMEN KEBAKARAN (WMK) TAHUN 2024"],
        [],
        ["No", "Pos / WMK", "Kejadian Kebakaran", "Ditangani ≤ 15 menit", "% Sesuai Standar Response Time"],
        [1, "Pos Induk Muara Rimbo", 36, 31, 86.11],
        [2, "Pos WMK Rimbo Ilir", 18, 15, 83.33],
        [3, "Pos WMK Sungai Talang", 15, 11, 73.33],
      ],
    };
    const [t] = detectTables(sheet(spec)).map(reportTable);
    expect(t.columns[1].role).toBe("lokasi");
  });
});
