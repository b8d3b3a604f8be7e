// What forms-blind169 .. 172 taught (Kesra, Samsat revenue, pharmacy, environment): those paid are
// some of those registered; a title of recipients names its fiscal year, not a budget; "penerima
// hibah" is what a year's grants reached, added up where the table's other counts are; a note that
// numbers its negatives leaves the rest sure enough to judge a trend by; a level's (13) K may repeat
// its fourth quarter; a river monitored is a place.
import { detectTables } from "../../../src/core/detect";
import { classifyHeader } from "../../../src/core/detect/roles";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("a recap of incentive recipients per kecamatan (forms-blind169)", () => {
  const rows: [string, number, number, number, number][] = [
    ["Selong Baru", 412, 398, 156, 151],
    ["Masbagik Timur", 537, 511, 203, 197],
    ["Aikmel Utara", 366, 349, 124, 211],
    ["Sembalun Lawang", 184, 171, 62, 58],
  ];
  const spec: SheetSpec = {
    name: "Rekap Insentif",
    rows: [
      ["REKAPITULASI PENERIMA INSENTIF GURU NGAJI DAN MARBOT MASJID PER KECAMATAN TAHUN ANGGARAN 2024"],
      [],
      ["No", "Kecamatan", "Guru Ngaji / TPQ", null, null, "Marbot Masjid", null, null, "Nilai Insentif (Rp)"],
      [
        "No",
        "Kecamatan",
        "Terdata (org)",
        "Penerima (org)",
        "Cakupan (%)",
        "Terdata (org)",
        "Penerima (org)",
        "Cakupan (%)",
        "Nilai Insentif (Rp)",
      ],
      ["(1)", "(2)", "(3)", "(4)", "(5) = (4)/(3) x 100", "(6)", "(7)", "(8) = (7)/(6) x 100", "(9)"],
      ...rows.map(([k, a, b, c, d], i) => [
        i + 1,
        k,
        a,
        b,
        Math.round((b / a) * 10000) / 100,
        c,
        d,
        Math.round((d / c) * 10000) / 100,
        b * 1200000 + d * 1500000,
      ]),
    ],
    merges: ["A3:A4", "B3:B4", "C3:E3", "F3:H3", "I3:I4"],
  };

  it("names a coverage above 100 % of those registered, and reads the money as paid", () => {
    expect(foundOn(spec)).toEqual([["percent-out-of-range", "H8"]]);
    const [t] = detectTables(sheet(spec));
    expect(t.columns.find((c) => c.col === 9)?.role).toBe("realisasi-anggaran");
  });
});

describe("a T-C.27 whose counts add their years (forms-blind169)", () => {
  it("names a count of grant recipients that ends at its last target", () => {
    const spec: SheetSpec = {
      name: "T-C.27",
      rows: [
        ["Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Bagian Kesra Tahun 2025-2029"],
        [],
        [
          "Kode",
          "Indikator Kinerja",
          "Satuan",
          "Target 2025",
          "Target 2026",
          "Target 2027",
          "Target 2028",
          "Target 2029",
          "Kondisi Kinerja pada Akhir Periode",
        ],
        ["4.01.02.2.02", "Jumlah dokumen pelaksanaan kebijakan kesra", "dokumen", 5, 5, 5, 5, 5, 25],
        ["4.01.02.2.02.0001", "Jumlah rumah ibadah penerima hibah", "unit", 40, 45, 45, 50, 50, 50],
        ["4.01.02.2.02.0002", "Jumlah peserta MTQ / STQ yang dibina", "orang", 180, 120, 185, 125, 190, 800],
        ["4.01.02.2.02.0003", "Jumlah petugas haji daerah yang dibekali", "orang", 8, 8, 8, 8, 8, 40],
      ],
    };
    expect(foundOn(spec)).toContainEqual(["kondisi-akhir-mismatch", "I5"]);
  });
});

describe("an IKU whose note numbers its negatives (forms-blind171)", () => {
  it("names a dip in a rising path of a row the note leaves out as a trend, once", () => {
    const spec: SheetSpec = {
      name: "IKU 2025-2029",
      rows: [
        ["INDIKATOR KINERJA UTAMA DINAS KESEHATAN TAHUN 2025-2029"],
        [],
        ["No.", "Indikator Kinerja Utama", "Satuan", "Kondisi Awal (2024)", "Target", null, null, null, null],
        ["No.", "Indikator Kinerja Utama", "Satuan", "Kondisi Awal (2024)", 2025, 2026, 2027, 2028, 2029],
        [1, "Persentase ketersediaan obat dan vaksin esensial di puskesmas", "%", 86, 88, 90, 87, 93, 95],
        [2, "Persentase nilai pengadaan obat melalui e-katalog", "%", 72, 78, 82, 86, 90, 94],
        [3, "Persentase penggunaan antibiotik pada ISPA non-pneumonia", "%", 38.5, 34, 30, 26, 22, 18],
        [],
        ["Catatan: indikator nomor 3 semakin kecil semakin baik."],
      ],
      merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:I3"],
    };
    expect(foundOn(spec)).toEqual([["target-trend", "G5"]]);
  });
});

describe("an E.81 whose percentage row repeats its fourth quarter in (13) (forms-blind170)", () => {
  it("takes '=R' beside '=H + T' of a level as the level's latest value", () => {
    const spec: SheetSpec = {
      name: "E.81",
      rows: [
        ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TAHUN 2024"],
        [],
        [
          "Kode",
          "Indikator",
          "Satuan",
          "Realisasi Kinerja s.d. Tahun Lalu",
          "Realisasi Kinerja pada Triwulan I",
          "Realisasi Kinerja pada Triwulan II",
          "Realisasi Kinerja pada Triwulan III",
          "Realisasi Kinerja pada Triwulan IV",
          "Realisasi Tahun 2024",
          "Realisasi s.d. Tahun 2024",
        ],
        [null, null, null, "6", "8", "9", "10", "11", "12 = 8+9+10+11", "13 = 6 + 12"],
        [
          "5.02.04.1.01.0005",
          "Jumlah objek kendaraan yang didaftarkan",
          "unit",
          4318460,
          371200,
          392545,
          357840,
          409733,
          1531318,
          5849778,
        ],
        [
          "5.02.04.1.01.0010",
          "Persentase tunggakan PKB yang tertagih",
          "%",
          31.6,
          12.4,
          21.8,
          28.9,
          34.62,
          34.62,
          34.62,
        ],
        [
          "5.02.04.1.01.0016",
          "Jumlah wajib pajak air permukaan yang ditetapkan",
          "WP",
          498,
          38,
          41,
          44,
          47,
          170,
          668,
        ],
      ],
      formulas: {
        I5: "E5+F5+G5+H5",
        J5: "D5+I5",
        I6: "H6",
        J6: "H6",
        I7: "E7+F7+G7+H7",
        J7: "D7+I7",
      },
    };
    expect(foundOn(spec).filter(([rule]) => rule === "inconsistent-formula")).toEqual([]);
  });
});

describe("a river monitored (forms-blind172)", () => {
  it("is a place", () => {
    expect(classifyHeader(["Nama Sungai"]).role).toBe("lokasi");
  });
});
