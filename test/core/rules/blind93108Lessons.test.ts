// What forms-blind93 .. 108 taught (labour and transmigration, and the fourth round: livestock,
// energy and mining, housing and settlements, youth and sports): a note that sums a count's final
// condition does not reach a row that is a level of the same subject (an average, a share); a
// capaian whose number row divides the realisation to date is measured to date; a Polaritas cell
// may explain its word; a kondisi akhir that sums the true targets follows a mistyped year's; a
// note's lower-is-better subject does not reach what is done about it; the receiving kabupaten is
// the place; a number row may name the target it divides by.
import { detectTables } from "../../../src/core/detect";
import { aditif } from "../../../src/core/rules/konsolidasi";
import { foundOn, sheet } from "./ruleTester";
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

const roles = (spec: SheetSpec): string[] =>
  detectTables(sheet(spec))[0].columns.map(
    (c) => `${c.role}${c.year ? ` ${c.year}` : ""}${c.toDate ? " s.d." : ""}`,
  );

describe('an E.81 whose column 14 leaves out "s.d." and whose number row says 14 = 13/5', () => {
  const spec = (x: number): SheetSpec => {
    const judul = [
      "No",
      "Kode",
      "Indikator Kinerja",
      "Satuan",
      "Target Renstra PD pada Akhir Periode Renstra",
      "Target Renstra PD pada Akhir Periode Renstra",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)",
      "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi",
      "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi",
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan (n-1)",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan (n-1)",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD (%)",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD (%)",
    ];
    const kr = [
      "No",
      "Kode",
      "Indikator Kinerja",
      "Satuan",
      "K",
      "Rp",
      "K",
      "Rp",
      "K",
      "Rp",
      "K",
      "Rp",
      "K",
      "Rp",
      "K",
      "Rp",
    ];
    const nomor = [
      "1",
      "2",
      "3",
      "4",
      "5",
      "5",
      "6",
      "6",
      "7",
      "7",
      "8",
      "8",
      "9 = 6 + 8",
      "9 = 6 + 8",
      "10 = 9/5 x 100%",
      "10 = 9/5 x 100%",
    ];
    const rows: Array<Array<string | number | null>> = [
      ["EVALUASI TERHADAP HASIL RENJA DINAS PEMUDA DAN OLAHRAGA TAHUN 2024"],
      ["Periode Pelaksanaan: Triwulan I s.d. IV Tahun 2024 (Renstra 2019-2024)"],
      judul,
      kr,
      nomor,
      [
        1,
        "2.19.03.2.01.0001",
        "Jumlah kejuaraan nasional yang diikuti atlet",
        "kejuaraan",
        40,
        17500,
        27,
        11420,
        10,
        3250,
        10,
        3142,
        37,
        14562,
        x,
        83.21,
      ],
      [
        2,
        "2.19.03.2.02.0001",
        "Jumlah kejuaraan tingkat provinsi yang diselenggarakan",
        "kejuaraan",
        25,
        12000,
        16,
        7860,
        6,
        2400,
        6,
        2258,
        22,
        10118,
        88,
        84.32,
      ],
    ];
    return {
      name: "E.81",
      rows,
      merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:J3", "K3:L3", "M3:N3", "O3:P3"],
    };
  };

  it("reads column 14 as the capaian to date, and checks it against the end-period target", () => {
    expect(roles(spec(92.5)).slice(14)).toEqual(["capaian 2024 s.d.", "capaian 2024 s.d."]);
    expect(foundOn(spec(92.5))).toEqual([]);
    expect(foundOn(spec(100))).toEqual([["capaian-mismatch", "O6"]]);
  });
});

describe("a Polaritas column that explains its word", () => {
  const spec = (rumus: string, nilai: number): SheetSpec => {
    const rows: Array<Array<string | number | null>> = [
      ["Pengukuran Kinerja Sasaran Strategis Tahun 2024"],
      ["No", "Indikator Kinerja Utama", "Satuan", "Target 2024", "Realisasi 2024", "% Capaian", "Polaritas"],
      [1, "Rasio elektrifikasi", "%", 99.85, 99.71, 99.86, "Maksimal (semakin tinggi semakin baik)"],
      [
        2,
        "Jumlah lokasi pertambangan tanpa izin yang masih aktif",
        "lokasi",
        40,
        46,
        nilai,
        "Minimal (semakin rendah semakin baik)",
      ],
      [
        3,
        "Persentase luas zona kritis air tanah",
        "%",
        18,
        19.2,
        93.33,
        "Minimal (semakin rendah semakin baik)",
      ],
    ];
    return {
      name: "Tabel 3.1",
      rows,
      formulas: { F4: rumus, F5: "ROUND((2*D5-E5)/D5*100,2)", F3: "ROUND(E3/D3*100,2)" },
    };
  };

  it("takes the lower-is-better rows as such: R / T on one of them is the mistake", () => {
    expect(foundOn(spec("ROUND((2*D4-E4)/D4*100,2)", 85))).toEqual([]);
    expect(foundOn(spec("ROUND(E4/D4*100,2)", 115)).map(([r, c]) => `${r} ${c}`)).toContain(
      "capaian-mismatch F4",
    );
  });
});

describe("a mistyped year's target under a kondisi akhir that sums the true ones", () => {
  const spec = (tahun3: number): SheetSpec => ({
    name: "T-C.27",
    rows: [
      ["RENCANA PROGRAM, KEGIATAN DAN PENDANAAN DINAS ESDM TAHUN 2025-2029"],
      [
        "Kode",
        "Indikator",
        "Satuan",
        "Kondisi Awal 2024",
        "Target 2025",
        "Target 2026",
        "Target 2027",
        "Target 2028",
        "Target 2029",
        "Kondisi Akhir",
      ],
      [
        "3.29.02.2.01.0001",
        "Jumlah titik sumur bor yang diawasi",
        "titik",
        395,
        420,
        450,
        tahun3,
        510,
        540,
        2400,
      ],
      [
        "3.29.02.2.01.0002",
        "Jumlah dokumen rekomendasi teknis air tanah",
        "dokumen",
        60,
        64,
        66,
        68,
        70,
        72,
        340,
      ],
    ],
  });

  it("names the outlier once, with the kondisi akhir that follows it", () => {
    expect(foundOn(spec(480))).toEqual([]);
    expect(foundOn(spec(4800))).toEqual([["target-outlier", "G3"]]);
  });
});

describe("a note naming a lower-is-better subject, over rows of what is done about it", () => {
  const spec = (ditata: number): SheetSpec => ({
    name: "T-C.27",
    rows: [
      ["RENCANA PROGRAM DAN KEGIATAN DINAS PERKIM TAHUN 2025-2029"],
      [
        "Kode",
        "Indikator",
        "Satuan",
        "Kondisi Awal 2024",
        "Target 2025",
        "Target 2026",
        "Target 2027",
        "Target 2028",
        "Target 2029",
      ],
      ["1.04.04", "Luas kawasan kumuh", "Ha", 120, 110, 100, ditata === 14.5 ? 90 : 104, 80, 70],
      [
        "1.04.04.2.01",
        "Luas kawasan permukiman kumuh yang ditata",
        "Ha",
        11.2,
        14.4,
        13.5,
        ditata,
        12.5,
        11.5,
      ],
      [],
      ["Keterangan: indikator luas kawasan kumuh semakin kecil semakin baik."],
    ],
  });

  it("keeps the subject lower-is-better, and lets the handled area rise", () => {
    expect(foundOn(spec(14.5))).toEqual([]);
  });
});

describe("a recap of works and grants", () => {
  it("reads the planned and built volume, and the receiving kabupaten as the place", () => {
    const spec: SheetSpec = {
      name: "PJU-TS",
      rows: [
        ["Rekapitulasi Pembangunan PJU Tenaga Surya per Kabupaten/Kota Tahun Anggaran 2024"],
        ["No", "Kabupaten / Kota Penerima", "Volume (unit)", null, "Anggaran (Rp)", null, "Serapan (%)"],
        ["No", "Kabupaten / Kota Penerima", "Rencana", "Terpasang", "Pagu", "Realisasi", "Serapan (%)"],
        [1, "Kabupaten Cikaracak", 120, 120, 2208000000, 2142000000, 97.01],
        [2, "Kabupaten Sukahurip", 150, 150, 2760000000, 2677500000, 97.01],
        [3, "Kabupaten Gunung Halimun", 140, 138, 2576000000, 2463300000, 95.63],
      ],
      merges: ["A2:A3", "B2:B3", "C2:D2", "E2:F2", "G2:G3"],
    };
    expect(roles(spec)).toEqual([
      "no",
      "lokasi",
      "target 2024",
      "realisasi 2024",
      "anggaran 2024",
      "realisasi-anggaran 2024",
      "capaian 2024",
    ]);
  });

  it("reads a number row whose identity names the target typed above the table", () => {
    const rows: Array<Array<string | number | null>> = [
      ["REKAPITULASI PENERIMAAN SEKTOR PERTAMBANGAN TAHUN ANGGARAN 2024"],
      ["No", "Bulan", "Iuran Tetap (Rp)", "Royalti (Rp)", "Jumlah (Rp)", "% thd Target Tahunan"],
      ["(1)", "(2)", "(3)", "(4)", "(5)=(3)+(4)", "(6)=(5)/Target x 100"],
      [1, "Januari", 1245600000, 28415300000, 29660900000, 7.19],
      [2, "Februari", 986300000, 26870450000, 27856750000, 6.75],
      [3, "Maret", 1102400000, 29015800000, 30118200000, 7.3],
    ];
    const t = detectTables(sheet({ name: "Penerimaan", rows }))[0];
    expect(t.dataRange.r1).toBe(4);
    expect(t.numberRow).toBe(3);
  });
});

// The fifth round (forms-blind101 .. 104: finance and assets, forestry, informatics, Kesbangpol).
describe("a kondisi akhir that sums the true targets around a mistyped year", () => {
  const spec = (tahun3: number): SheetSpec => ({
    name: "T-C.27",
    rows: [
      ["RENCANA PROGRAM DAN PENDANAAN BPKAD TAHUN 2025-2029"],
      [
        "Kode",
        "Indikator",
        "Satuan",
        "Kondisi Awal 2024",
        "Target 2025",
        "Target 2026",
        "Target 2027",
        "Target 2028",
        "Target 2029",
        "Kondisi Akhir",
      ],
      [
        "5.02.03.1.01.0006",
        "Jumlah bidang tanah yang disertifikatkan",
        "bidang",
        31,
        35,
        40,
        tahun3,
        45,
        45,
        205,
      ],
      [
        "5.02.03.1.01.0007",
        "Jumlah dokumen inventarisasi barang milik daerah",
        "dokumen",
        10,
        12,
        12,
        12,
        12,
        12,
        60,
      ],
    ],
  });

  it("is the outlier's one mistake, even where the outlier's median would not give it", () => {
    expect(foundOn(spec(40))).toEqual([]);
    expect(foundOn(spec(400))).toEqual([["target-outlier", "G3"]]);
  });
});

describe("a lower-is-better count among counts that add their targets", () => {
  const spec = (akhir: string): SheetSpec => {
    const rows: Array<Array<string | number | null>> = [
      ["RENCANA PROGRAM DAN PENDANAAN DINAS KEHUTANAN TAHUN 2025-2029"],
      [
        "Kode",
        "Indikator",
        "Satuan",
        "Target 2025",
        "Target 2026",
        "Target 2027",
        "Target 2028",
        "Target 2029",
        "Kondisi Akhir",
      ],
      ["3.28.02", "Luas kawasan hutan yang terbakar", "Ha", 420, 380, 340, 300, 260, null],
      [
        "3.28.02.2.03.0001",
        "Jumlah patroli terpadu pencegahan karhutla",
        "kali",
        100,
        104,
        108,
        112,
        116,
        null,
      ],
      [
        "3.28.02.2.03.0002",
        "Jumlah kelompok Masyarakat Peduli Api yang dibina",
        "kelompok",
        24,
        24,
        26,
        26,
        28,
        null,
      ],
      ["3.28.02.2.04.0001", "Jumlah dokumen pembinaan usaha HHBK", "dokumen", 2, 2, 2, 2, 2, null],
    ];
    const formulas: Record<string, string> = { I3: akhir };
    for (const r of [4, 5, 6]) formulas[`I${r}`] = `SUM(D${r}:H${r})`;
    rows[2][8] = akhir === "H3" ? 260 : 1700;
    [4, 5, 6].forEach((r) => {
      const v = (rows[r - 1].slice(3, 8) as number[]).reduce((t, x) => t + x, 0);
      rows[r - 1][8] = v;
    });
    return { name: "T-C.27", rows, formulas };
  };

  it("ends at the last year's level, in a formula that says so", () => {
    expect(foundOn(spec("H3"))).toEqual([]);
  });
});

describe("a stock among quarterly flows", () => {
  it("takes the fourth quarter for the active groups at the end of each quarter", () => {
    const rows: Array<Array<string | number | null>> = [
      ["PRODUKSI HASIL HUTAN BUKAN KAYU KELOMPOK PERHUTANAN SOSIAL TAHUN 2024"],
      ["No", "Komoditas", "Satuan", "Realisasi Triwulan", null, null, null, "Tahun 2024"],
      ["No", "Komoditas", "Satuan", "I", "II", "III", "IV", "Tahun 2024"],
      [1, "Madu hutan", "ton", 6.4, 11.8, 14.2, 9.1, 41.5],
      [2, "Kemiri kupas", "ton", 22.5, 31.4, 18.7, 27.9, 100.5],
      [3, "Bambu", "ribu batang", 48, 52, 57, 61, 218],
      [4, "Jumlah KUPS HHBK aktif (akhir triwulan)", "KUPS", 212, 219, 226, 231, 231],
    ];
    const formulas = { H4: "SUM(D4:G4)", H5: "SUM(D5:G5)", H6: "SUM(D6:G6)", H7: "G7" };
    expect(
      foundOn({ name: "HHBK", rows, formulas, merges: ["A2:A3", "B2:B3", "C2:C3", "D2:G2", "H2:H3"] }),
    ).toEqual([]);
  });
});

describe("an LKjIP whose polarity is a sign in brackets", () => {
  const spec = (rumus: string, nilai: number): SheetSpec => ({
    name: "Tabel 3.1",
    rows: [
      ["PENGUKURAN KINERJA SASARAN STRATEGIS TAHUN 2024"],
      ["No", "Indikator Kinerja", "Sifat (+/-)", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)"],
      [1, "Indeks SPBE Provinsi", "(+)", "indeks", 2.1, 1.98, 94.29],
      [2, "Persentase kampung yang terjangkau akses internet", "(+)", "%", 38, 36.4, 95.79],
      [3, "Jumlah gangguan jaringan intra pemerintah", "(-)", "kali", 12, 14, nilai],
    ],
    formulas: { G3: "ROUND(F3/E3*100,2)", G4: "ROUND(F4/E4*100,2)", G5: rumus },
  });

  it('reads "(-)" as lower-is-better: R / T there is the mistake', () => {
    expect(foundOn(spec("ROUND((2*E5-F5)/E5*100,2)", 83.33))).toEqual([]);
    expect(foundOn(spec("ROUND(F5/E5*100,2)", 116.67)).map(([r, c]) => `${r} ${c}`)).toContain(
      "capaian-mismatch G5",
    );
  });
});

describe("kampung served beside an internet budget", () => {
  it("are counted, not paid", () => {
    const spec: SheetSpec = {
      name: "Internet",
      rows: [
        ["REKAPITULASI AKSES INTERNET KAMPUNG MENURUT KABUPATEN TAHUN 2024"],
        ["No", "Kabupaten", "Kampung Terlayani Internet s.d. 2024", null, "Anggaran TA 2024", null, null],
        ["No", "Kabupaten", "BTS 4G", "VSAT", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"],
        [1, "Kabupaten Bian Raya", 88, 41, 1845000000, 1792350000, 97.15],
        [2, "Kabupaten Muting", 64, 37, 1520000000, 1498200000, 98.57],
        [3, "Kabupaten Okaba", 52, 29, 1210000000, 1187600000, 98.15],
      ],
      merges: ["A2:A3", "B2:B3", "C2:D2", "E2:G2"],
    };
    expect(roles(spec).slice(2, 4)).toEqual(["realisasi 2024 s.d.", "realisasi 2024 s.d."]);
  });
});

// The sixth round (forms-blind105 .. 108: hospitals, fire services, food security, inspectorates).
describe('a Renstra\'s "Target Capaian Tahun" over its years', () => {
  it("holds targets, not achievements", () => {
    const spec: SheetSpec = {
      name: "Renstra",
      rows: [
        ["Tabel 4.2 Indikator Kinerja dan Target Renstra Tahun 2025-2029"],
        [
          "No",
          "Indikator Kinerja",
          "Satuan",
          "Kondisi Awal 2024",
          "Target Capaian Tahun",
          null,
          null,
          null,
          null,
          "Kondisi Akhir 2029",
        ],
        [
          "No",
          "Indikator Kinerja",
          "Satuan",
          "Kondisi Awal 2024",
          2025,
          2026,
          2027,
          2028,
          2029,
          "Kondisi Akhir 2029",
        ],
        [1, "Rata-rata waktu tanggap penanganan kebakaran", "menit", 24, 22, 20, 19, 17, 15, 15],
        [2, "Persentase armada pemadam dalam kondisi siap operasi", "%", 78, 82, 85, 88, 90, 92, 92],
        [3, "Cakupan Wilayah Manajemen Kebakaran yang terlayani", "%", 41.2, 45, 50, 55, 60, 65, 65],
      ],
      merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:I2", "J2:J3"],
    };
    expect(roles(spec).slice(4, 9)).toEqual([
      "target 2025",
      "target 2026",
      "target 2027",
      "target 2028",
      "target 2029",
    ]);
  });
});

describe("a note that names the counts added up per year", () => {
  const spec = (armadaAkhir: number): SheetSpec => ({
    name: "T-C.27",
    rows: [
      ["RENCANA PROGRAM DAN PENDANAAN DINAS PEMADAM KEBAKARAN TAHUN 2025-2029"],
      [
        "Kode",
        "Indikator",
        "Satuan",
        "Target 2025",
        "Target 2026",
        "Target 2027",
        "Target 2028",
        "Target 2029",
        "Kondisi Akhir",
      ],
      [
        "1.05.04.2.01.0001",
        "Jumlah unit armada pemadam kebakaran yang dioperasikan",
        "unit",
        10,
        11,
        12,
        13,
        14,
        armadaAkhir,
      ],
      [
        "1.05.04.2.01.0002",
        "Jumlah gedung yang diinspeksi peralatan proteksi kebakarannya",
        "gedung",
        110,
        120,
        130,
        140,
        150,
        650,
      ],
      ["1.05.04.2.02.0005", "Jumlah hidran kebakaran yang dibangun", "unit", 6, 8, 8, 10, 10, 42],
      [],
      ["Catatan: jumlah gedung dan hidran adalah tambahan per tahun."],
    ],
  });

  it("leaves the fleet it does not name at its last target, and sums the ones it names", () => {
    expect(foundOn(spec(14))).toEqual([]);
  });
});

describe("a level carried into the year's row", () => {
  it("is no sum of the months", () => {
    const rows: Array<Array<string | number | null>> = [
      ["REKAPITULASI INDIKATOR PELAYANAN RAWAT INAP TAHUN 2024"],
      ["No", "Bulan", "Jumlah Tempat Tidur", "Jumlah Hari", "Pasien Keluar", "Hari Perawatan"],
      [1, "Januari", 245, 31, 1557, 6485],
      [2, "Februari", 245, 29, 1463, 6120],
      [3, "Maret", 245, 31, 1617, 6804],
      [4, "April", 245, 30, 1580, 6702],
      ["Jumlah / Tahun 2024", null, 245, 121, 6217, 26111],
    ];
    const formulas = { D7: "SUM(D3:D6)", E7: "SUM(E3:E6)", F7: "SUM(F3:F6)" };
    expect(foundOn({ name: "Rekap", rows, formulas, merges: ["A7:B7"] })).toEqual([]);
  });
});

describe("a maturity level", () => {
  it("is a level: its quarters and its years do not add up", () => {
    expect(aditif("level", "Level maturitas penyelenggaraan SPIP")).toBe("tidak");
    expect(aditif("", "Level kapabilitas APIP")).toBe("tidak");
  });
});
