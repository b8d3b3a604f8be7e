// What forms-blind75's gap and forms-blind77 .. 80 taught (fire and transport offices of
// Kalimantan Utara and Papua Barat Daya; youth and sports offices of Sumatera Selatan and
// Gorontalo; energy offices of NTB and Maluku; Bappeda of Bali and Sulawesi Selatan): refleksi
// formulas name their pair, a table of places takes its title's polarity, notes and formula texts
// say the polarity, one year's recaps agree across sheets, a captioned table needs no known
// heading, a whole broken down two ways in a row, a plan's own outlier, a cascade's levels.
import { detectTables } from "../../../src/core/detect";
import { classifyHeader } from "../../../src/core/detect/roles";
import { refleksiReferences, ratioReferences } from "../../../src/core/grid";
import type { Grid } from "../../../src/core/grid";
import type { Finding } from "../../../src/core/report";
import { runRules } from "../../../src/core/rules";
import { bentukRumus } from "../../../src/core/rules/capaianMismatch";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

/** Errors and warnings over several sheets of one workbook, as [rule, sheet!cell, severity]. */
function said(specs: SheetSpec[]): string[][] {
  const grids: Grid[] = specs.map((s, i) => sheet(s, i));
  const tables = grids.flatMap((g) => detectTables(g).map((table) => ({ table, grid: g })));
  return runRules(tables)
    .filter((f: Finding) => f.severity !== "info")
    .map((f: Finding) => [f.rule, `${f.sheet}!${f.cell}`, f.severity]);
}

describe("refleksi formulas read as the pair they relate", () => {
  it.each([
    ["=ROUND((2*C19-D19)/C19*100,2)", true, 2],
    ["=((2*C19-D19)/C19)*100", true, undefined],
    ["=(C19+(C19-D19))/C19*100", true, undefined],
    ["=(2-D19/C19)*100", true, undefined],
    ["=IFERROR(ROUND((2*$C$19-D19)/C19*100,2),0)", true, 2],
    ["=2-D19/C19", false, undefined],
    ["=(C19*2-D19)/C19", false, undefined],
  ])("%s: realisation D19 over target C19", (f, persen, digits) => {
    expect(refleksiReferences(f)).toEqual({
      num: [19, 4],
      den: [19, 3],
      persen,
      ...(digits !== undefined ? { digits } : {}),
    });
  });
  it.each(["=(2*C19-D19)/C18*100", "=2-D19/C19*100", "=(2*C19-C19)/C19", "=D19/C19*100", "=SUM(C19:D19)"])(
    "no refleksi in %s",
    (f) => {
      expect(refleksiReferences(f)).toBeUndefined();
    },
  );
  it("reads a ratio inside IFERROR as a ratio", () => {
    expect(ratioReferences("=IFERROR(ROUND(D7/C7*100,2),0)")).toEqual({
      num: [7, 4],
      den: [7, 3],
      persen: true,
      digits: 2,
    });
  });
  it("names the convention of a rounded formula", () => {
    expect(bentukRumus("=ROUND((2*C19-D19)/C19*100,2)", [19, 3], [19, 4])).toBe("negatif-refleksi");
    expect(bentukRumus("=IFERROR(ROUND(D19/C19*100,2),0)", [19, 3], [19, 4])).toBe("positif");
    expect(bentukRumus("=ROUND(C19/D19*100,2)", [19, 3], [19, 4])).toBe("negatif-rasio");
    expect(bentukRumus("=ROUND(C19/E19*100,2)", [19, 3], [19, 4])).toBeUndefined();
  });
});

// forms-blind75: a burnt area held under a ceiling per kabupaten, its capaian the refleksi, one
// row computed R / T
const luasTerbakar = (judul: string): SheetSpec => ({
  name: "Karhutla 2024",
  rows: [
    [judul],
    [
      "No",
      "Kabupaten",
      "Batas Maksimal Luas Terbakar (ha)",
      "Luas Terbakar (ha)",
      "Capaian (%)",
      "Keterangan",
    ],
    [1, "Kab. Karossa Hilir", 450, 312.6, 130.53, "di bawah batas"],
    [2, "Kab. Budong Raya", 380, 296.4, 122, "di bawah batas"],
    [3, "Kab. Tommo Utara", 250, 284.5, 86.2, "melampaui batas"],
    [4, "Kab. Sendana Barat", 150, 98.25, 134.5, "di bawah batas"],
    [5, "Kab. Mapilli Hulu", 120, 63.8, 53.17, "di bawah batas"],
    [6, "Kab. Lariang Tengah", 600, 472.9, 121.18, "di bawah batas"],
  ],
  formulas: {
    E3: "ROUND((2*C3-D3)/C3*100,2)",
    E4: "ROUND((2*C4-D4)/C4*100,2)",
    E5: "ROUND((2*C5-D5)/C5*100,2)",
    E6: "ROUND((2*C6-D6)/C6*100,2)",
    E7: "ROUND(D7/C7*100,2)",
    E8: "ROUND((2*C8-D8)/C8*100,2)",
  },
});

it("reads the measured column a refleksi capaian relates to the year's target as its realisation", () => {
  const [t] = detectTables(sheet(luasTerbakar("Luas Areal Terbakar per Kabupaten Tahun 2024")));
  expect(t.columns.map((c) => [c.role, c.year])).toEqual([
    ["no", undefined],
    ["lokasi", undefined],
    ["target", 2024],
    ["realisasi", 2024],
    ["capaian", 2024],
    ["keterangan", undefined],
  ]);
});

it("takes the polarity a table of places states in its title", () => {
  expect(
    foundOn(luasTerbakar("Luas Areal Terbakar per Kabupaten Tahun 2024 (semakin kecil semakin baik)")),
  ).toEqual([["capaian-mismatch", "E7"]]);
  // without it the row fits R / T: no polarity to hold it to
  expect(foundOn(luasTerbakar("Luas Areal Terbakar per Kabupaten Tahun 2024"))).toEqual([]);
});

describe("forms-blind77: a fire service's recaps and LKjIP", () => {
  const lkjip = (g11: string): SheetSpec => ({
    name: "Tabel 3.2",
    rows: [
      ["Pengukuran Kinerja Sasaran Dinas Pemadam Kebakaran Tahun 2024"],
      ["No", "Indikator Kinerja Sasaran", "Satuan", "Target", "Realisasi", "Tingkat Capaian (%)"],
      [1, "Persentase penanganan kebakaran sesuai SOP", "%", 90, 93.5, 103.89],
      [2, "Response time penanganan kebakaran", "menit", 15, 12.8, g11 === "refleksi" ? 114.67 : 85.33],
      [3, "Persentase kerugian materiil akibat kebakaran terhadap nilai aset terdampak", "%", 25, 28.4, 86.4],
      [4, "Persentase penyelamatan dan evakuasi korban non kebakaran (rescue)", "%", 95, 88.2, 92.84],
      [],
      [
        "1) Indikator Response time dan persentase kerugian materiil bersifat negatif (semakin kecil semakin baik): capaian = (2 x target - realisasi) / target x 100.",
      ],
    ],
    formulas: {
      F3: "ROUND(E3/D3*100,2)",
      F4: g11 === "refleksi" ? "ROUND((2*D4-E4)/D4*100,2)" : "ROUND(E4/D4*100,2)",
      F5: "ROUND((2*D5-E5)/D5*100,2)",
      F6: "ROUND(E6/D6*100,2)",
    },
  });

  it("reads the subjects a note calls lower-is-better past its verb 'bersifat'", () => {
    expect(foundOn(lkjip("refleksi"))).toEqual([]);
    expect(said([lkjip("rasio")])).toEqual([["capaian-mismatch", "Tabel 3.2!F4", "error"]]);
  });

  it("reads a response time as a duration and a rescue of victims as a service", () => {
    expect(polaritasDariTeks("Response time penanganan kebakaran")?.polaritas).toBe("negatif");
    expect(polaritasDariTeks("Waktu respon pemadaman")?.polaritas).toBe("negatif");
    expect(polaritasDariTeks("Persentase response time sesuai standar")?.polaritas).not.toBe("negatif");
    expect(polaritasDariTeks("Persentase penyelamatan dan evakuasi korban non kebakaran")?.polaritas).toBe(
      "positif",
    );
    expect(polaritasDariTeks("Jumlah korban jiwa kebakaran")?.polaritas).toBe("negatif");
  });

  const bulan = (januari: number): SheetSpec => ({
    name: "Per Bulan 2024",
    rows: [
      ["REKAPITULASI KEJADIAN KEBAKARAN MENURUT BULAN TAHUN 2024"],
      ["No.", "Bulan", "Jumlah Kejadian (kali)", "Korban Luka (orang)", "Waktu Tanggap Rata-rata (menit)"],
      ["a", "a1", "b", "c", "d"],
      [1, "Januari", januari, 1, 11.4],
      [2, "Februari", 7, 0, 12.1],
      [3, "Maret", 12, 5, 10.8],
      [4, "April", 8, 6, 11.9],
      ["JUMLAH", null, januari + 27, 12, 11.6],
    ],
    formulas: { C8: "SUM(C4:C7)", D8: "SUM(D4:D7)", E8: "ROUND(AVERAGE(E4:E7),1)" },
  });
  const kecamatan: SheetSpec = {
    name: "Per Kecamatan 2024",
    rows: [
      ["REKAPITULASI KEJADIAN KEBAKARAN MENURUT KECAMATAN TAHUN 2024"],
      [
        "No.",
        "Kecamatan",
        "Jumlah Kejadian (kali)",
        "Korban Luka (orang)",
        "Waktu Tanggap Rata-rata (menit)",
      ],
      [1, "Sesayap Kota", 14, 5, 9.8],
      [2, "Tanjung Buyu", 10, 4, 11.6],
      [3, "Sebakis Hulu", 12, 3, 15.3],
      ["TOTAL KOTA", null, 36, 12, 12.2],
    ],
    formulas: { C6: "SUM(C3:C5)", D6: "SUM(D3:D5)", E6: "ROUND(AVERAGE(E3:E5),1)" },
  };

  it("takes a lettered number row with 'a1' as the form's column numbers", () => {
    const [t] = detectTables(sheet(bulan(9)));
    expect(t.numberRow).toBe(3);
    expect(t.dataRange.r1).toBe(4);
  });

  it("holds one year's recaps on two sheets to the same totals, averages left alone", () => {
    expect(said([bulan(9), kecamatan])).toEqual([]);
    expect(said([bulan(11), kecamatan])).toEqual([
      ["cross-table-mismatch", "Per Kecamatan 2024!C6", "error"],
    ]);
    // (another year's recap is another whole)
    const lalu = {
      ...kecamatan,
      rows: [["REKAPITULASI KEJADIAN KEBAKARAN MENURUT KECAMATAN TAHUN 2023"], ...kecamatan.rows.slice(1)],
    };
    expect(said([bulan(11), lalu])).toEqual([]);
  });
});

describe("forms-blind78: a sports office's recaps, IKU and PK", () => {
  it("names a TOTAL's short SUM even where a typed Jumlah on a row it adds is also wrong", () => {
    const spec: SheetSpec = {
      name: "Medali",
      rows: [
        ["REKAPITULASI PEROLEHAN MEDALI PON XXI 2024"],
        ["No.", "Cabang Olahraga", "Emas", "Perak", "Perunggu", "Jumlah Medali"],
        [1, "Atletik", 3, 2, 4, 9],
        [2, "Dayung", 5, 3, 2, 10],
        [3, "Pencak Silat", 2, 4, 3, 12],
        [4, "Angkat Besi", 4, 1, 2, 7],
        [5, "Kempo", 1, 2, 3, 6],
        ["TOTAL", null, 15, 12, 11, 44],
      ],
      formulas: {
        F3: "C3+D3+E3",
        F4: "C4+D4+E4",
        F6: "C6+D6+E6",
        F7: "C7+D7+E7",
        C8: "SUM(C3:C7)",
        D8: "SUM(D3:D7)",
        E8: "SUM(E3:E6)",
        F8: "SUM(F3:F7)",
      },
    };
    expect(foundOn(spec)).toEqual(expect.arrayContaining([["sum-mismatch", "E8"]]));
  });

  it("opens a table under a numbered 'Tabel 1.' caption whatever its columns are called", () => {
    const spec: SheetSpec = {
      name: "Klasemen",
      rows: [
        ["KLASEMEN AKHIR PORPROV 2024"],
        [],
        ["Tabel 1. Klasemen Akhir per Kontingen"],
        ["Peringkat", "Kontingen", "Medali", null, null, "Total"],
        ["Peringkat", "Kontingen", "E", "P", "PG", "Total"],
        [1, "Kota Gorontalo", 48, 39, 41, 128],
        [2, "Kab. Paguyaman Raya", 36, 33, 45, 114],
        [3, "Kab. Bulango Hulu", 29, 31, 37, 97],
        [null, "Jumlah", 113, 103, 123, 339],
      ],
      merges: ["C4:E4"],
    };
    const tables = detectTables(sheet(spec));
    expect(tables.map((t) => [t.range.r1, t.range.r2])).toEqual([[4, 9]]);
    // (an enumerated "B." caption still needs a heading tables use)
    const enumerated = {
      ...spec,
      rows: [spec.rows[0], spec.rows[1], ["B. Klasemen Akhir"], ...spec.rows.slice(3)],
    };
    expect(detectTables(sheet(enumerated))).toEqual([]);
  });

  it("reads a rank as no count", () => {
    const [t] = detectTables(
      sheet({
        name: "Cabor",
        rows: [
          ["REKAPITULASI MEDALI PER CABOR TAHUN 2024"],
          ["No", "Kabupaten", "Jumlah Medali", "Peringkat Cabor"],
          [1, "Kab. A", 9, 7],
          [2, "Kab. B", 10, 3],
          [3, "Kab. C", 12, 6],
        ],
      }),
    );
    expect(t.columns.map((c) => c.tebakan?.role)).toEqual([undefined, undefined, "realisasi", undefined]);
  });

  it("holds a Jumlah of kinds to the same whole broken down by condition, under a unit row", () => {
    const spec = (baik: number): SheetSpec => ({
      name: "Prasarana",
      rows: [
        ["REKAPITULASI PRASARANA OLAHRAGA TAHUN 2024"],
        ["No", "Kabupaten/Kota", "Jenis Prasarana", null, "Jumlah", "Kondisi Prasarana", null, null],
        ["No", "Kabupaten/Kota", "Stadion", "GOR", "Jumlah", "Baik", "Rusak Ringan", "Rusak Berat"],
        ["No", "Kabupaten/Kota", "Stadion", "GOR", "Jumlah", "(unit)", "(unit)", "(unit)"],
        [1, "Kota Palembang", 14, 9, 23, 15, 6, 2],
        [2, "Kab. Lematang", 11, 3, 14, 9, 4, 1],
        [3, "Kab. Musi Hulu", 9, 2, 11, baik, 3, 2],
        [4, "Kab. Komering", 13, 4, 17, 10, 5, 2],
        [5, "Kab. Semendo", 6, 1, 7, 4, 2, 1],
        [6, "Kab. Belida", 8, 2, 10, 6, 3, 1],
      ],
      merges: ["C2:D2", "F2:H2"],
      formulas: {
        E5: "SUM(C5:D5)",
        E6: "SUM(C6:D6)",
        E7: "SUM(C7:D7)",
        E8: "SUM(C8:D8)",
        E9: "SUM(C9:D9)",
        E10: "SUM(C10:D10)",
      },
    });
    expect(foundOn(spec(6))).toEqual([]);
    expect(foundOn(spec(8))).toEqual([["sum-mismatch", "E7"]]);
  });

  const pk = (renstra2025: number): SheetSpec[] => [
    {
      name: "PK 2025",
      rows: [
        ["PERJANJIAN KINERJA TAHUN 2025"],
        ["No", "Indikator Kinerja", "Satuan", "Target 2025"],
        [1, "Jumlah medali emas pada multi event nasional", "medali", 24],
        [2, "Persentase atlet PPLP yang berprestasi di tingkat nasional", "%", 32.5],
      ],
    },
    {
      name: "Renstra",
      rows: [
        ["TARGET KINERJA RENSTRA 2024-2026"],
        ["No", "Indikator Kinerja", "Satuan", "Target", null, null],
        ["No", "Indikator Kinerja", "Satuan", "2024", "2025", "2026"],
        [1, "Jumlah medali emas pada multi event nasional", "medali", 21, 24, 27],
        [2, "Persentase atlet PPLP yang berprestasi di tingkat nasional", "%", 31, renstra2025, 34],
      ],
      merges: ["D2:F2"],
    },
  ];

  it("names the plan's own cell where it leaves its row and the PK quoting it fits the row", () => {
    expect(said(pk(32.5))).toEqual([]);
    expect(said(pk(23.5))).toEqual([["cross-table-mismatch", "Renstra!E5", "error"]]);
    // (a PK off a smooth plan is the PK's mistake, as before)
    expect(said(pk(33))).toEqual([["cross-table-mismatch", "PK 2025!D4", "error"]]);
  });
});

describe("forms-blind79: an energy office's recaps, E.81 and T-C.27", () => {
  it("holds a stale ratio formula of a table without targets to what it computes", () => {
    const spec = (h5: number): SheetSpec => ({
      name: "RE 2024",
      rows: [
        ["REKAPITULASI RASIO ELEKTRIFIKASI PER KABUPATEN 2024"],
        ["No.", "Kabupaten / Kota", "Jumlah Rumah Tangga", "RT Berlistrik", "Rasio Elektrifikasi (%)"],
        [1, "Kab. Rinjani Timur", 248_316, 241_122, 97.1],
        [2, "Kab. Sekotong Raya", 131_572, 124_958, 94.97],
        [3, "Kab. Sape Utara", 88_437, 80_729, h5],
        [4, "Kab. Alas Madya", 112_690, 107_266, 95.19],
      ],
      formulas: {
        E3: "ROUND(D3/C3*100,2)",
        E4: "ROUND(D4/C4*100,2)",
        E5: "ROUND(D5/C5*100,2)",
        E6: "ROUND(D6/C6*100,2)",
      },
    });
    expect(foundOn(spec(91.28))).toEqual([]);
    expect(foundOn(spec(94.17))).toEqual([["ratio-components-mismatch", "E5"]]);
  });

  it("reads a dash as none in a count column, and a 'Lokasi' column of numbers as a count", () => {
    const spec: SheetSpec = {
      name: "PLTS",
      rows: [
        ["DATA PEMBANGUNAN PLTS 2020 - 2024"],
        ["Tahun Anggaran", "PLTS Komunal", null, null],
        ["Tahun Anggaran", "Lokasi (desa / gedung)", "Kapasitas (kWp)", "Pagu (Rp)"],
        [2020, 3, 75, 4_687_500_000],
        [2021, "-", "-", "-"],
        [2022, 2, 50, 3_215_000_000],
        [2023, 4, 110, 6_897_000_000],
        [2024, 5, 135, 8_302_500_000],
        ["JUMLAH", 14, 235, 23_102_000_000],
      ],
      merges: ["B2:D2"],
      formulas: { B9: "SUM(B4:B8)", C9: "SUM(C4:C7)", D9: "SUM(D4:D8)" },
    };
    const [t] = detectTables(sheet(spec));
    expect(t.columns[1].role).toBe("lainnya");
    expect(foundOn(spec)).toEqual([["sum-mismatch", "C9"]]);
  });

  it("reads 'Jenis Penerimaan' as the rows' names, not a realisation", () => {
    expect(classifyHeader(["Jenis Penerimaan"]).role).toBe("indikator");
    expect(classifyHeader(["Sumber Pendapatan"]).role).toBe("indikator");
    expect(classifyHeader(["Penerimaan Bulan (Rp)", "Jan"]).role).not.toBe("indikator");
  });

  const e81 = (tw4: number): SheetSpec => ({
    name: "E.81",
    rows: [
      ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TAHUN 2024"],
      [
        "Kode",
        "Program / Kegiatan",
        "Indikator Kinerja",
        "Target Renja Tahun 2024",
        null,
        "Realisasi Triwulan IV",
        null,
        "Realisasi Capaian Tahun 2024",
        null,
      ],
      ["Kode", "Program / Kegiatan", "Indikator Kinerja", "K", "Rp", "K", "Rp", "K", "Rp"],
      [
        "3.28.05",
        "PROGRAM PENGELOLAAN KETENAGALISTRIKAN",
        "Rasio elektrifikasi",
        96.5,
        5_580_000_000,
        96.02,
        722_600_000 + tw4,
        96.02,
        722_600_000 + tw4,
      ],
      [
        "3.28.05.2.01",
        "Penyediaan Tenaga Listrik",
        "Jumlah RT tersambung",
        1500,
        5_580_000_000,
        402,
        722_600_000 + tw4,
        1167,
        722_600_000 + tw4,
      ],
      [
        "3.28.05.2.01.0004",
        "Bantuan Pasang Baru Listrik",
        "Jumlah RT penerima",
        1200,
        2_160_000_000,
        402,
        722_600_000,
        1167,
        722_600_000,
      ],
      [
        "3.28.05.2.01.0003",
        "Pembangunan Jaringan Distribusi",
        "Panjang jaringan",
        18,
        3_420_000_000,
        9.8,
        tw4,
        17.3,
        tw4,
      ],
    ],
    merges: ["D2:E2", "F2:G2", "H2:I2"],
    formulas: { E4: "E5", G4: "G5", I4: "I5", E5: "E6+E7", G5: "G6+G7", I5: "I6+I7" },
  });

  it("holds an E.81's realisation to the Renja's Rp as a warning, named at the sub kegiatan", () => {
    expect(said([e81(2_881_000_000)])).toEqual([]);
    expect(said([e81(3_881_000_000)])).toEqual([["serapan-over-100", "E.81!I7", "warning"]]);
  });
});

describe("forms-blind80: a Bappeda's IKK and cascade", () => {
  it("holds a typed rate among formulas over the same cells with other constants", () => {
    const spec = (g4: number): SheetSpec => ({
      name: "IKK 2024",
      rows: [
        ["CAPAIAN INDIKATOR KINERJA KUNCI (IKK) TAHUN 2024"],
        ["No", "Indikator Kinerja Kunci (IKK)", "Pembilang", "Penyebut", "Capaian Kinerja 2024", "Satuan"],
        [1, "Persentase SD terakreditasi minimal B", 212, 231, 91.77, "%"],
        [2, "Angka Partisipasi Murni (APM) SMP/MTs", 21_486, 25_118, g4, "%"],
        [3, "Angka Kematian Bayi (AKB)", 47, 6184, 7.6, "per 1.000 KH"],
        [4, "Angka Kematian Ibu (AKI)", 4, 6184, 64.68, "per 100.000 KH"],
        [5, "Prevalensi balita stunting", 1318, 15_904, 8.29, "%"],
        [6, "Persentase jalan kabupaten kondisi mantap", 428.65, 512.3, 83.67, "%"],
      ],
      formulas: {
        E3: "ROUND(C3/D3*100,2)",
        E5: "ROUND(C5/D5*1000,2)",
        E6: "ROUND(C6/D6*100000,2)",
        E7: "ROUND(C7/D7*100,2)",
        E8: "ROUND(C8/D8*100,2)",
      },
    });
    expect(foundOn(spec(85.54))).toEqual([["hardcoded-value", "E4"]]);
    const [f] = said([spec(58.54)]);
    expect(f).toEqual(["hardcoded-value", "IKK 2024!E4", "warning"]);
  });

  it("reads a cascade's 'Level Kinerja' column as its tree of sums", () => {
    const spec = (g4: string): SheetSpec => ({
      name: "Cascading",
      rows: [
        ["CASCADING KINERJA DAN PENDANAAN TAHUN 2025"],
        [
          "Level Kinerja",
          "Kode",
          "Tujuan / Sasaran / Program",
          "Indikator Kinerja",
          "Target",
          "Pagu Indikatif (Rp)",
        ],
        ["Tujuan", null, "Meningkatnya kualitas SDM", "IPM", 72.95, 0],
        ["Sasaran", null, "Meningkatnya derajat kesehatan", "Usia Harapan Hidup", 70.92, 0],
        [
          "Program",
          "1.02.02",
          "Program Pemenuhan Upaya Kesehatan",
          "Persentase faskes terakreditasi",
          85,
          48_615_320_000,
        ],
        [
          "Program",
          "1.02.03",
          "Program Peningkatan Kapasitas SDM Kesehatan",
          "Persentase puskesmas 9 nakes",
          80,
          2_184_500_000,
        ],
        [
          "Program",
          "1.02.04",
          "Program Sediaan Farmasi",
          "Persentase sarana farmasi standar",
          90,
          1_236_750_000,
        ],
        ["Sasaran", null, "Meningkatnya kualitas pendidikan", "Rata-rata lama sekolah", 8.21, 0],
        ["Program", "1.01.02", "Program Pengelolaan Pendidikan", "APM SMP", 81.5, 96_412_880_000],
        [
          "Program",
          "1.01.03",
          "Program Pengembangan Kurikulum",
          "Sekolah kurikulum muatan lokal",
          60,
          845_200_000,
        ],
      ],
      formulas: { F3: "F4+F8", F4: g4, F8: "SUM(F9:F10)" },
    });
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const withValues = (s: SheetSpec, f4: number): SheetSpec => {
      const rows = s.rows.map((r) => [...r]);
      rows[3][5] = f4;
      rows[7][5] = sum([96_412_880_000, 845_200_000]);
      rows[2][5] = f4 + (rows[7][5] as number);
      return { ...s, rows };
    };
    const all = sum([48_615_320_000, 2_184_500_000, 1_236_750_000]);
    expect(foundOn(withValues(spec("SUM(F5:F7)"), all))).toEqual([]);
    expect(foundOn(withValues(spec("SUM(F5:F6)"), all - 1_236_750_000))).toEqual([["sum-mismatch", "F4"]]);
  });

  it("takes the polarity a row's 'Rumus Capaian' cell writes", () => {
    const spec = (rumus: string): SheetSpec => ({
      name: "LPPD IKK",
      rows: [
        ["CAPAIAN IKK TAHUN 2024"],
        ["No", "Indikator Kinerja Kunci", "Satuan", "Target", "Realisasi", "% Capaian", "Rumus Capaian"],
        [1, "Angka Partisipasi Kasar PAUD", "%", 78, 74.62, 95.67, "R / T x 100%"],
        [2, "Angka Kematian Ibu per 100.000 kelahiran hidup", "per 100.000 KH", 95, 112, 117.89, rumus],
        [3, "Cakupan persalinan di faskes", "%", 95, 96.41, 101.48, "R / T x 100%"],
      ],
      formulas: { F3: "ROUND(E3/D3*100,2)", F4: "ROUND(E4/D4*100,2)", F5: "ROUND(E5/D5*100,2)" },
    });
    expect(said([spec("(2T - R) / T x 100%")])).toEqual([["capaian-mismatch", "LPPD IKK!F4", "error"]]);
    expect(said([spec("R / T x 100%")])).toEqual([]);
  });
});
