// What forms-blind105 .. 112 taught (the seventh round: roads and irrigation, research and
// innovation, cooperatives, health services; and the last round's gaps): two tables side by side
// that both open with a label column split even when their other headings name no role; a target
// ten times off between two agreeing neighbours is an outlier in three years too; a formula's saved
// value is held to its own arithmetic whatever its shape; "indikator 1-3" names a run of rows;
// what a row received "sesuai standar" is counted, not held; research put to use is more-is-better;
// the number row can make a column a part of another; "Tabel 3.2" over a title heads a table; the
// baseline of a Renstra is the year before its period.
import { detectTables } from "../../../src/core/detect";
import { aditif } from "../../../src/core/rules/konsolidasi";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

type Row = Array<string | number | null>;

describe("two recaps side by side under one title", () => {
  // roads per kecamatan, then irrigation per daerah irigasi, one empty column between them
  const spec = (): SheetSpec => ({
    name: "Kondisi 2024",
    rows: [
      ["REKAPITULASI KONDISI JALAN DAN JARINGAN IRIGASI 2024"],
      [],
      [
        "No",
        "Kecamatan",
        "Panjang Jalan (km)",
        "Baik (km)",
        "Sedang (km)",
        null,
        "No",
        "Daerah Irigasi",
        "Luas Baku (ha)",
        "Panjang Saluran (km)",
      ],
      [1, "Kempo", 75.2, 38.4, 21.65, null, 1, "DI Sori", 842, 18.6],
      [2, "Doro", 83.5, 44.15, 18.2, null, 2, "DI Raba", 615, 14.25],
      [3, "Sori", 55.2, 29.7, 12.45, null, "Jumlah", null, 1457, 32.85],
      [4, "Pekat", 91.15, 51.3, 16.8, null, null, null, null, null],
      ["Jumlah", null, 305.05, 163.55, 69.1, null, null, null, null, null],
    ],
    formulas: { C8: "SUM(C4:C7)", D8: "SUM(D4:D7)", E8: "SUM(E4:E7)", I6: "SUM(I4:I5)", J6: "SUM(J4:J5)" },
  });

  it("reads two tables, and the irrigation total as the irrigation table's", () => {
    const tables = detectTables(sheet(spec()));
    expect(tables.map((t) => [t.range.c1, t.range.c2])).toEqual([
      [1, 5],
      [7, 10],
    ]);
    expect(foundOn(spec())).toEqual([]);
  });
});

describe("an IKU of three years", () => {
  const spec = (y2025: number): SheetSpec => ({
    name: "IKU",
    rows: [
      ["No", "Indikator Kinerja Utama", "Satuan", "Kondisi Awal 2023", "Target", null, null],
      ["No", "Indikator Kinerja Utama", "Satuan", "Kondisi Awal 2023", 2024, 2025, 2026],
      [1, "Persentase jaringan irigasi dalam kondisi baik", "%", 74.6, 78, y2025, 82],
      [2, "Persentase jalan provinsi dalam kondisi mantap", "%", 88.42, 88.75, 89.1, 89.8],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1"],
  });

  it("tells a decimal slip between two agreeing years, and leaves a steady run alone", () => {
    expect(foundOn(spec(8))).toEqual([["target-outlier", "F3"]]);
    expect(foundOn(spec(80))).toEqual([]);
  });
});

describe("a hospital's BOR saved without recalculation", () => {
  const spec = (bor: number): SheetSpec => ({
    name: "Rekap",
    rows: [
      ["No", "Bulan", "Tempat Tidur", "Jumlah Hari", "Hari Perawatan", "BOR (%)"],
      [1, "Juli", 245, 31, 7101, 93.5],
      [2, "Agustus", 245, 31, 7236, bor],
      [3, "September", 245, 30, 6903, 93.92],
    ],
    formulas: {
      F2: "ROUND(E2/(C2*D2)*100,2)",
      F3: "ROUND(E3/(C3*D3)*100,2)",
      F4: "ROUND(E4/(C4*D4)*100,2)",
    },
  });

  it("holds the saved value to its formula's own arithmetic", () => {
    expect(foundOn(spec(93.5))).toEqual([["ratio-components-mismatch", "F3"]]);
    expect(foundOn(spec(95.27))).toEqual([]);
  });
});

describe("an LKjIP note naming a run of rows", () => {
  const spec = (kematianIbu: number): SheetSpec => ({
    name: "Tabel 3.1",
    rows: [
      ["No", "Indikator Kinerja", "Satuan", "Target 2025", "Realisasi 2025", "Capaian (%)"],
      [1, "Prevalensi balita stunting", "%", 22.5, 21.7, 103.56],
      [2, "Jumlah kasus kematian ibu", "kasus", 6, 7, kematianIbu],
      [3, "Jumlah kasus gizi buruk pada balita", "kasus", 38, 35, 107.89],
      [4, "Cakupan imunisasi dasar lengkap", "%", 87, 85.2, 97.93],
      [],
      ["Catatan: indikator 1-3 berpolaritas negatif; capaian = (2 x target - realisasi) / target x 100%."],
    ],
  });

  it("reads the three rows as lower-is-better", () => {
    expect(foundOn(spec(83.33))).toEqual([]);
    expect(foundOn(spec(116.67))).toEqual([["capaian-mismatch", "F3"]]);
  });
});

describe("what a row received to the standard", () => {
  it("is counted in the period, while what is kept to the standard is held", () => {
    expect(aditif("balita", "Jumlah balita yang mendapatkan pelayanan kesehatan sesuai standar")).toBe("ya");
    expect(aditif("unit", "Jumlah puskesmas yang memperoleh alat kesehatan sesuai standar")).toBe("ya");
    expect(aditif("unit", "Jumlah TPS yang dikelola sesuai standar")).toBe("tidak");
    // (forms-blind113: a standard named by its regulation)
    expect(aditif("terminal", "Jumlah terminal tipe B yang dikelola sesuai SPM")).toBe("tidak");
  });
});

describe("research put to use", () => {
  const spec = (y2028: number): SheetSpec => ({
    name: "IKU",
    rows: [
      ["No", "Indikator Kinerja Utama", "Satuan", "Target", null, null, null, null],
      ["No", "Indikator Kinerja Utama", "Satuan", 2025, 2026, 2027, 2028, 2029],
      [1, "Persentase rekomendasi hasil kelitbangan yang dimanfaatkan", "%", 70, 72, 74, y2028, 78],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:H1"],
  });

  it("is more-is-better: a dip is a trend against it", () => {
    expect(foundOn(spec(71)).filter(([r]) => r === "target-trend")).toEqual([["target-trend", "G3"]]);
    expect(foundOn(spec(76))).toEqual([]);
  });
});

describe("a recap whose number row makes one column a part of another", () => {
  const spec = (aktif: number): SheetSpec => ({
    name: "Rekap",
    rows: [
      [
        "No",
        "Kabupaten/Kota",
        "Jumlah Koperasi (unit)",
        "Koperasi Aktif",
        null,
        "Koperasi Tidak Aktif (unit)",
      ],
      ["No", "Kabupaten/Kota", "Jumlah Koperasi (unit)", "Unit", "%", "Koperasi Tidak Aktif (unit)"],
      ["(1)", "(2)", "(3)", "(4)", "(5) = (4)/(3) x 100", "(6) = (3) - (4)"],
      [1, "Kota Kendari", 612, 418, 68.3, 194],
      [2, "Kabupaten Wakatobi", 84, aktif, Math.round((aktif / 84) * 10000) / 100, 36],
      [3, "Kabupaten Buton", 174, 97, 55.75, 77],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2"],
    formulas: { E4: "ROUND(D4/C4*100,2)", E5: "ROUND(D5/C5*100,2)", E6: "ROUND(D6/C6*100,2)" },
  });

  it("holds the share of the part within 100 %", () => {
    expect(foundOn(spec(148))).toEqual([["percent-out-of-range", "E5"]]);
    expect(foundOn(spec(48))).toEqual([]);
  });

  it("but not money's: what is left of a budget goes below zero when the spending passes it", () => {
    const lra: SheetSpec = {
      name: "LRA",
      rows: [
        ["No", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "% Realisasi", "Sisa Anggaran (Rp)"],
        ["(1)", "(2)", "(3)", "(4)", "(5) = (4)/(3) x 100", "(6) = (3) - (4)"],
        [1, "Belanja Pegawai", 1000000, 950000, 95, 50000],
        [2, "Belanja Modal", 500000, 535550, 107.11, -35550],
        [3, "Belanja Barang dan Jasa", 800000, 760000, 95, 40000],
      ],
    };
    expect(foundOn(lra).filter(([r]) => r === "percent-out-of-range")).toEqual([]);
  });
});

describe("an LKjIP's table of assessments under a numbered caption", () => {
  const spec = (predikat2022: string): SheetSpec => ({
    name: "Pengukuran",
    rows: [
      ["Tabel 3.2"],
      ["Hasil Penilaian Eksternal Tahun 2021-2024"],
      [],
      ["Tahun", "Evaluasi SAKIP", null, "Level Maturitas SPIP", "Opini BPK"],
      ["Tahun", "Nilai", "Predikat", "Level Maturitas SPIP", "Opini BPK"],
      [2021, 66.15, "B", 2.86, "WTP"],
      [2022, 70, predikat2022, 2.94, "WTP"],
      [2023, 68.92, "B", 3.05, "WTP"],
      [2024, 70.85, "BB", 3.18, "WTP"],
    ],
    merges: ["A4:A5", "B4:C4", "D4:D5", "E4:E5"],
  });

  it("is found, and its grades held to their scores", () => {
    const tables = detectTables(sheet(spec("B")));
    expect(tables).toHaveLength(1);
    // rows that are years: no figure is the table's one year
    expect(tables[0].columns.filter((c) => c.tebakan).map((c) => c.tebakan!.year)).toEqual([
      undefined,
      undefined,
    ]);
    expect(foundOn(spec("B"))).toEqual([]);
    expect(foundOn(spec("BB"))).toEqual([["sakip-grade-mismatch", "C7"]]);
  });
});

describe("an IKU whose last target turns against its polarity", () => {
  const spec = (akhir: number): SheetSpec => ({
    name: "IKU",
    rows: [
      [
        "No",
        "Indikator Kinerja Utama",
        "Formulasi Perhitungan",
        "Satuan",
        "Target",
        null,
        null,
        "Kondisi Akhir Renstra",
      ],
      [
        "No",
        "Indikator Kinerja Utama",
        "Formulasi Perhitungan",
        "Satuan",
        2024,
        2025,
        2026,
        "Kondisi Akhir Renstra",
      ],
      [
        1,
        "Persentase PMKS terhadap jumlah penduduk",
        "Jumlah PMKS / jumlah penduduk x 100% (semakin kecil semakin baik)",
        "%",
        6.8,
        6.5,
        6.9,
        akhir,
      ],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1", "H1:H2"],
  });

  it("names the turn once, and takes a kondisi akhir that carries the path on as meant", () => {
    expect(foundOn(spec(6.2))).toEqual([["target-trend", "G3"]]);
    // (one that neither is the last target nor carries the path on is a mistake of its own)
    expect(foundOn(spec(7.5))).toEqual([
      ["target-trend", "G3"],
      ["kondisi-akhir-mismatch", "H3"],
    ]);
  });
});

describe("a T-C.27's baseline column", () => {
  const rows: Row[] = [
    ["Renstra Perangkat Daerah Tahun 2025-2029"],
    [],
    [
      "Kode",
      "Indikator",
      "Satuan",
      "Data Capaian pada Tahun Awal Perencanaan",
      "Tahun ke-1",
      null,
      "Tahun ke-2",
      null,
    ],
    [
      "Kode",
      "Indikator",
      "Satuan",
      "Data Capaian pada Tahun Awal Perencanaan",
      "Target",
      "Rp",
      "Target",
      "Rp",
    ],
    ["1.02.02", "Persentase puskesmas terakreditasi paripurna", "%", 25, 37.5, 5839000, 50, 6112350],
    ["1.02.02.2.01", "Jumlah puskesmas yang direhabilitasi", "unit", 1, 1, 2450000, 1, 2610000],
  ];
  const merges = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3"];

  it("is of the year before the period", () => {
    const [t] = detectTables(sheet({ name: "T-C.27", rows, merges }));
    expect(t.columns.find((c) => c.role === "kondisi-awal")?.year).toBe(2024);
  });
});

describe("a T-C.27 whose kondisi akhir sums across the Target and Rp columns", () => {
  const spec = (akhir: (r: number) => string): SheetSpec => {
    const rows: Row[] = [
      [
        "Kode",
        "Indikator",
        "Satuan",
        "Tahun ke-1",
        null,
        "Tahun ke-2",
        null,
        "Tahun ke-3",
        null,
        "Kondisi Akhir",
        null,
      ],
      ["Kode", "Indikator", "Satuan", "Target", "Rp", "Target", "Rp", "Target", "Rp", "Target", "Rp"],
      [
        "1.02.02.2.01.0009",
        "Jumlah puskesmas yang direhabilitasi",
        "unit",
        1,
        2450000,
        1,
        2610000,
        2,
        2380500,
        null,
        null,
      ],
      [
        "1.02.02.2.01.0014",
        "Jumlah bayi yang mendapat imunisasi dasar lengkap",
        "bayi",
        3420,
        624800,
        3470,
        651200,
        3520,
        677450,
        null,
        null,
      ],
    ];
    const formulas: Record<string, string> = {};
    for (const r of [3, 4]) {
      const v = (c: number) => rows[r - 1][c] as number;
      const sum = akhir(r);
      formulas[`J${r}`] = sum;
      formulas[`K${r}`] = `E${r}+G${r}+I${r}`;
      rows[r - 1][9] = sum.startsWith("SUM") ? v(3) + v(4) + v(5) + v(6) + v(7) : v(3) + v(5) + v(7);
      rows[r - 1][10] = v(4) + v(6) + v(8);
    }
    return {
      name: "T-C.27",
      rows,
      merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1", "H1:I1", "J1:K1"],
      formulas,
    };
  };

  it("names the column's slip once, at its first row", () => {
    expect(foundOn(spec((r) => `SUM(D${r}:H${r})`))).toEqual([["sum-mismatch", "J3"]]);
    expect(foundOn(spec((r) => `D${r}+F${r}+H${r}`))).toEqual([]);
  });
});

describe("a Renstra's bare Kondisi Awal", () => {
  it("is of the year before the period whose targets stand beside it", () => {
    const rows: Row[] = [
      ["RENCANA STRATEGIS DINAS PENDIDIKAN TAHUN 2025-2029"],
      ["Tabel 7.1 Target Kinerja Sasaran"],
      [],
      [
        "No",
        "Indikator Sasaran",
        "Satuan",
        "Kondisi Awal",
        "Target Kinerja Tahun ke-",
        null,
        null,
        "Kondisi Akhir Renstra",
      ],
      ["No", "Indikator Sasaran", "Satuan", "Kondisi Awal", "1", "2", "3", "Kondisi Akhir Renstra"],
      [1, "Angka Partisipasi Kasar (APK) SMA/SMK/MA", "%", 92.1, 92.8, 93.5, 94.2, 94.2],
      [2, "Persentase SMA/SMK terakreditasi minimal B", "%", 84.2, 85, 86.5, 88, 88],
    ];
    const [t] = detectTables(
      sheet({ name: "Renstra", rows, merges: ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:G4", "H4:H5"] }),
    );
    expect(t.columns.find((c) => c.role === "kondisi-awal")?.year).toBe(2024);
  });
});

describe("deaths served with a certificate", () => {
  it("are a service's coverage, more is better, while the deaths themselves are not", () => {
    expect(polaritasDariTeks("Persentase kematian yang diterbitkan akta kematian")?.polaritas).toBe(
      "positif",
    );
    expect(polaritasDariTeks("Angka kematian ibu")?.polaritas).toBe("negatif");
  });
});

describe("a lower-is-better path that left its baseline the wrong way", () => {
  const spec = (awal: number): SheetSpec => ({
    name: "IKU",
    rows: [
      [
        "No",
        "Indikator Kinerja Utama",
        "Satuan",
        "Polaritas",
        "Kondisi Awal (2024)",
        "Target",
        null,
        null,
        null,
      ],
      ["No", "Indikator Kinerja Utama", "Satuan", "Polaritas", "Kondisi Awal (2024)", 2025, 2026, 2027, 2028],
      [1, "Persentase susut hasil panen dan pasca panen padi", "%", "Negatif", awal, 10.8, 11, 11.3, 11.5],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:I1"],
  });

  it("is named at its first target, and at its second when the first still fell", () => {
    expect(foundOn(spec(10.5))).toEqual([["target-trend", "F3"]]);
    expect(foundOn(spec(11.2))).toEqual([["target-trend", "G3"]]);
  });
});
