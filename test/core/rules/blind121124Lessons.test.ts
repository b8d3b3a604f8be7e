// What forms-blind121 .. 124 taught (culture, trade and metrology, a Setda's tata pemerintahan,
// family planning): a table beside another may start its header a row lower, or open with a
// column of row names ("Triwulan I .. Jumlah") instead of No; a note's list of lower-is-better
// indicators runs back over its commas; "Capaian thd Target Akhir" under a "Renstra 2021-2026"
// group is a capaian of the realisation's year; a number row may number an added column "(2a)"
// before the "(2)" it joins.
import { detectTables } from "../../../src/core/detect";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const spans = (spec: SheetSpec) =>
  detectTables(sheet(spec)).map((t) => [t.range.r1, t.range.c1, t.range.c2, t.dataRange.r1]);

describe("a recap by kecamatan beside a quarterly revenue table", () => {
  // the left table's header takes two rows, the right one's one row: its data start under it
  const spec = (): SheetSpec => ({
    name: "Rekap 2024",
    rows: [
      ["REKAPITULASI TERA ULANG DAN RETRIBUSI 2024"],
      [],
      [
        "No",
        "Kecamatan",
        "UTTP Wajib Tera (unit)",
        "UTTP Ditera Ulang (unit)",
        null,
        null,
        "Triwulan",
        "Target Retribusi (Rp)",
        "Realisasi Retribusi (Rp)",
        "Capaian (%)",
      ],
      [
        "No",
        "Kecamatan",
        "UTTP Wajib Tera (unit)",
        "Timbangan",
        null,
        null,
        "Triwulan I",
        38500000,
        35870000,
        93.17,
      ],
      [1, "Sembakung", 1245, 842, null, null, "Triwulan II", 52000000, 49615000, 95.41],
      [2, "Lumbis", 486, 301, null, null, "Triwulan III", 61250000, 58420500, 95.38],
      [3, "Sebuku", 932, 655, null, null, "Triwulan IV", 48250000, 54232000, 112.4],
      [4, "Tulin", 618, 402, null, null, "Jumlah", 200000000, 198137500, 99.07],
      ["Jumlah", null, 3281, 2200, null, null, null, null, null, null],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4"],
    formulas: { H8: "SUM(H4:H7)", I8: "SUM(I4:I7)", C9: "SUM(C5:C8)", D9: "SUM(D5:D8)" },
  });

  it("reads two tables, the right one's rows from the row under its own header", () => {
    expect(spans(spec())).toEqual([
      [3, 1, 4, 5],
      [3, 7, 10, 4],
    ]);
  });
});

describe("a recap whose right table starts its header a row lower", () => {
  const spec = (): SheetSpec => ({
    name: "Rekap KB",
    rows: [
      ["REKAPITULASI PESERTA KB AKTIF DAN UNMET NEED 2024"],
      [],
      ["No", "Kabupaten", "Jumlah PUS", "Peserta KB Aktif", null, "Jumlah PA", null, null, null, null, null],
      [
        "No",
        "Kabupaten",
        "Jumlah PUS",
        "IUD",
        "Suntik",
        "Jumlah PA",
        null,
        "Kabupaten",
        "PUS",
        "Unmet Need",
        "% thd PUS",
      ],
      [1, "Balanipa", 38420, 1402, 11238, 12640, null, "Balanipa", 38420, 4501, 11.72],
      [2, "Mandar", 52815, 2106, 15904, 18010, null, "Mandar", 52815, 6560, 12.42],
      [3, "Karossa", 71264, 3084, 19736, 22820, null, "Karossa", 71264, 6995, 9.82],
      ["Jumlah", null, 162499, 6592, 46878, 53470, null, "Jumlah", 162499, 18056, 11.11],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4"],
    formulas: { F5: "SUM(D5:E5)", F6: "SUM(D6:E6)", F7: "SUM(D7:E7)", J8: "SUM(J5:J7)" },
  });

  it("reads two tables, the right one's header from its own first row", () => {
    expect(spans(spec())).toEqual([
      [3, 1, 6, 5],
      [4, 8, 11, 5],
    ]);
  });
});

describe("an LKjIP note listing its lower-is-better indicators", () => {
  const spec = (tfr: number): SheetSpec => ({
    name: "Tabel 3.1",
    rows: [
      ["No", "Indikator Kinerja Utama", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)"],
      [1, "Angka Kelahiran Total (TFR)", "anak per WUS", 2.21, 2.18, tfr],
      [2, "Persentase kebutuhan ber-KB yang tidak terpenuhi (unmet need)", "%", 10.2, 11.35, 88.73],
      [3, "Angka kelahiran remaja umur 15-19 tahun (ASFR 15-19)", "per 1.000", 24, 22.6, 105.83],
      [4, "Persentase pemakaian kontrasepsi modern (mCPR)", "%", 62.5, 61.84, 98.94],
      [],
      ["Catatan: TFR, unmet need dan ASFR 15-19 semakin kecil semakin baik."],
    ],
  });

  it("reads every indicator of the list as lower-is-better, the first one too", () => {
    expect(foundOn(spec(101.36))).toEqual([]);
    expect(foundOn(spec(98.64))).toEqual([["capaian-mismatch", "F2"]]);
  });
});

describe("a capaian against the end target under the Renstra's span", () => {
  it("is a capaian of the realisation's year, measured against the end", () => {
    const g = sheet({
      name: "Tabel 3.1",
      rows: [
        ["No", "Indikator Kinerja", "Tahun 2024", null, null, "Renstra 2021-2026", null],
        [
          "No",
          "Indikator Kinerja",
          "Target",
          "Realisasi",
          "Capaian",
          "Target Akhir (2026)",
          "Capaian thd Target Akhir",
        ],
        [1, "Persentase pemakaian kontrasepsi modern", 62.5, 61.84, 98.94, 64, 96.63],
        [2, "Indeks Pembangunan Keluarga", 62.8, 61.95, 98.65, 64.5, 96.05],
      ],
      merges: ["A1:A2", "B1:B2", "C1:E1", "F1:G1"],
    });
    const g7 = detectTables(g)[0].columns.find((c) => c.col === 7)!;
    expect([g7.role, g7.year, g7.endOfPeriod]).toEqual(["capaian", 2024, true]);
  });
});

describe("a number row that numbers an added column before the one it joins", () => {
  it("is the number row: the data start under it", () => {
    const g = sheet({
      name: "Dana Kelurahan",
      rows: [
        ["No", "Kecamatan", "Kelurahan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"],
        ["(1)", "(2a)", "(2)", "(3)", "(4)", "(5) = (4) / (3) x 100"],
        [1, "Teluk Betung", "Kangkung", 412500000, 404990000, 98.18],
        [2, "Teluk Betung", "Pesawahan", 398750000, 398355000, 99.9],
        [3, "Bumi Waras", "Garuntang", 374500000, 370500000, 98.93],
      ],
    });
    expect(detectTables(g)[0].dataRange.r1).toBe(3);
  });
});

describe("village funds paid in stages with their shares", () => {
  // forms-blind125: "Tahap I (40%)" are the stages, "Jumlah Salur" the year's payment
  const spec = (tahap3: number): SheetSpec => ({
    name: "Salur DD",
    rows: [
      ["No", "Kecamatan", "Pagu Dana Desa (Rp)", "Penyaluran (Rp)", null, null, null],
      [
        "No",
        "Kecamatan",
        "Pagu Dana Desa (Rp)",
        "Tahap I (40%)",
        "Tahap II (40%)",
        "Tahap III (20%)",
        "Jumlah Salur",
      ],
      [1, "Senaru Hilir", 1000000, 400000, 400000, 200000, 1000000],
      [2, "Sungai Lebang", 800000, 320000, 320000, tahap3, 640000 + tahap3],
      [3, "Nanga Embaloh", 900000, 360000, 360000, 180000, 900000],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:G1"],
    formulas: { G3: "SUM(D3:F3)", G4: "SUM(D4:F4)", G5: "SUM(D5:F5)" },
  });

  it("holds the year's payment, not a stage, to the pagu", () => {
    expect(foundOn(spec(160000))).toEqual([]);
    expect(foundOn(spec(250000))).toEqual([["serapan-over-100", "G4"]]);
  });
});
