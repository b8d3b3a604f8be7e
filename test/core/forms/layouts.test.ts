// Layouts of the standard forms the detector must read (docs/desain.md, "Forms"): ordinal years
// resolved from the title, a K/Rp pair headed "Target | Rp", Rp in thousands, tables side by
// side, a PK program table that takes its year from the PK title above, a row-wise LKjIP table,
// and notes or signatures under a table left outside it.
import { detectTables } from "../../../src/core/detect";
import type { DetectedTable } from "../../../src/core/detect";
import { colToLetters, rangeToA1 } from "../../../src/core/grid";
import type { CellValue } from "../../../src/core/grid";
import { runRules } from "../../../src/core/rules";
import { reportTable } from "../../../src/core/report";
import { sheet } from "../rules/ruleTester";

const roles = (t: DetectedTable): string[] =>
  t.columns.map((c) => `${colToLetters(c.col)}:${c.role}${c.year ? ` ${c.year}` : ""}`);

describe("form layouts", () => {
  it("T-C.27: 'Tahun - 1' .. 'Tahun - 3' from 'Renstra 2025-2029', Target | Rp pairs, ribuan rupiah", () => {
    const grid = sheet({
      name: "T-C.27",
      rows: [
        ["PEMERINTAH KABUPATEN CONTOH"],
        ["RENCANA PROGRAM, KEGIATAN DAN PENDANAAN INDIKATIF RENSTRA 2025-2029"],
        ["(dalam ribuan rupiah)"],
        [
          "Kode",
          "Program dan Kegiatan",
          "Indikator",
          "Satuan",
          "Target Kinerja Program dan Kerangka Pendanaan",
        ],
        [null, null, null, null, "Tahun - 1", null, "Tahun - 2", null, "Tahun - 3"],
        [null, null, null, null, "Target", "Rp", "Target", "Rp", "Target", "Rp"],
        [
          "1.06.02",
          "Program Pemberdayaan Sosial",
          "Persentase PSKS aktif",
          "%",
          60,
          1500,
          65,
          1600,
          70,
          1700,
        ],
        [
          "1.06.02.2.01",
          "Pemberdayaan KAT",
          "Jumlah KAT diberdayakan",
          "orang",
          50,
          1500,
          55,
          1600,
          60,
          1700,
        ],
      ],
      merges: ["A4:A6", "B4:B6", "C4:C6", "D4:D6", "E4:J4", "E5:F5", "G5:H5", "I5:J5"],
    });
    const [t] = detectTables(grid);
    expect(roles(t).slice(4)).toEqual([
      "E:target 2025",
      "F:anggaran 2025",
      "G:target 2026",
      "H:anggaran 2026",
      "I:target 2027",
      "J:anggaran 2027",
    ]);
    expect(t.skalaRupiah).toBe(1000);
    expect(reportTable(t).rupiahScale).toBe(1000);
  });

  it("two tables side by side, one empty column between them, are two tables", () => {
    const rows: CellValue[][] = [
      [
        "No",
        "Indikator",
        "Target 2024",
        "Realisasi 2024",
        null,
        "No",
        "Program",
        "Anggaran 2024",
        "Realisasi Anggaran 2024",
      ],
      [
        1,
        "Persentase PMKS tertangani",
        80,
        76,
        null,
        1,
        "Program Rehabilitasi Sosial",
        1_250_000_000,
        1_100_000_000,
      ],
      [
        2,
        "Jumlah PSKS aktif",
        120,
        130,
        null,
        2,
        "Program Perlindungan Sosial",
        2_000_000_000,
        1_900_000_000,
      ],
      [
        3,
        "Persentase KPM PKH graduasi",
        5,
        4.2,
        null,
        3,
        "Program Pemberdayaan Sosial",
        800_000_000,
        790_000_000,
      ],
    ];
    const tables = detectTables(sheet({ rows }));
    expect(tables.map((t) => rangeToA1(t.dataRange))).toEqual(["A2:D4", "F2:I4"]);
    expect(roles(tables[1])).toEqual(["F:no", "G:indikator", "H:anggaran 2024", "I:realisasi-anggaran 2024"]);
  });

  it("PK: the target and the program table's Rp take the year of 'Perjanjian Kinerja Tahun 2025'", () => {
    const grid = sheet({
      name: "PK",
      rows: [
        ["PERJANJIAN KINERJA TAHUN 2025"],
        ["DINAS SOSIAL KOTA CONTOH"],
        [],
        ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"],
        [1, "Meningkatnya kesejahteraan sosial", "Persentase PMKS tertangani", "%", 82.5],
        [2, null, "Persentase PSKS aktif", "%", 64],
        [],
        ["No", "Program", "Anggaran (Rp)", "Keterangan"],
        [1, "Program Rehabilitasi Sosial", 1_250_000_000, "APBD"],
        [2, "Program Perlindungan dan Jaminan Sosial", 2_000_000_000, "APBD"],
        ["Jumlah", null, 3_250_000_000, null],
        [],
        [null, null, "Blitar, 6 Januari 2025"],
        [null, null, "KEPALA DINAS SOSIAL"],
      ],
    });
    const tables = detectTables(grid);
    expect(tables.map((t) => rangeToA1(t.dataRange))).toEqual(["A5:E6", "A9:D11"]);
    expect(roles(tables[0])[4]).toBe("E:target 2025");
    expect(roles(tables[1])[2]).toBe("C:anggaran 2025");
  });

  it("a row-wise LKjIP table: rows carry their roles, the note under it stays out, capaian checked", () => {
    const grid = sheet({
      name: "Capaian",
      rows: [
        ["Tabel 3.2 Perbandingan Target, Realisasi dan Capaian Kinerja Tahun 2022-2024"],
        [],
        ["No", "Indikator Kinerja", "Uraian", "Tahun"],
        [null, null, null, 2022, 2023, 2024],
        [1, "Persentase PMKS yang tertangani", "Target", 70, 75, 80],
        [null, null, "Realisasi", 68, 74, 82],
        [null, null, "Capaian (%)", 97.14, 98.67, 112.5],
        [2, "Persentase penduduk miskin", "Target", 8, 7.5, 7],
        [null, null, "Realisasi", 8.2, 7.4, 6.9],
        [null, null, "Capaian (%)", 97.5, 101.33, 101.43],
        [],
        ["Capaian indikator negatif dihitung (2 x Target - Realisasi) / Target x 100%."],
      ],
      merges: ["D3:F3", "A5:A7", "B5:B7", "A8:A10", "B8:B10"],
    });
    const [t] = detectTables(grid);
    expect(rangeToA1(t.dataRange)).toBe("A5:F10");
    expect(t.orientation).toBe("rows");
    expect(t.rows.map((r) => r.role)).toEqual([
      "target",
      "realisasi",
      "capaian",
      "target",
      "realisasi",
      "capaian",
    ]);
    const report = reportTable(t);
    expect(report.orientation).toBe("rows");
    expect(report.rows?.[2]).toEqual({ row: 7, role: "capaian" });
    const findings = runRules([{ table: t, grid }]).filter((f) => f.severity !== "info");
    // 82 / 80 = 102,5, not 112,5
    expect(findings.map((f) => `${f.rule} ${f.cell} ${f.expected}`)).toEqual(["capaian-mismatch F7 102.5"]);
  });

  it("the number row's own identities ('(5) = (3) + (4)') are checked, Rp always and K for flows", () => {
    const grid = sheet({
      name: "Semester",
      rows: [
        [
          "Kode",
          "Indikator",
          "Realisasi Semester I Tahun 2024",
          null,
          "Realisasi Semester II Tahun 2024",
          null,
          "Realisasi Tahun 2024",
          null,
        ],
        [null, null, "K", "Rp", "K", "Rp", "K", "Rp"],
        ["(1)", "(2)", "(3)", null, "(4)", null, "(5) = (3) + (4)", null],
        [
          "1.06.04",
          "Jumlah PMKS yang direhabilitasi (orang)",
          300,
          1_200_000_000,
          320,
          1_350_000_000,
          620,
          2_500_000_000,
        ],
        [
          "1.06.05",
          "Persentase KPM yang mendapat bantuan (%)",
          60,
          800_000_000,
          92,
          900_000_000,
          92,
          1_700_000_000,
        ],
      ],
      merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1", "G1:H1", "C3:D3", "E3:F3", "G3:H3"],
    });
    const tables = detectTables(grid);
    const bad = runRules(tables.map((table) => ({ table, grid }))).filter((f) => f.severity !== "info");
    // 1,2 + 1,35 billion is 2,55, not 2,5; the percentage's K is a level and is not summed
    expect(bad.map((f) => `${f.rule} ${f.cell} ${f.expected}`)).toEqual(["sum-mismatch H4 2550000000"]);
    expect(bad[0].message).toMatch(/\(5\) = \(3\) \+ \(4\)/);
  });

  it("semesters: the year's realisation is Semester I + II, and a yearless pagu takes the title's year", () => {
    const grid = sheet({
      name: "Realisasi",
      rows: [
        ["LAPORAN REALISASI ANGGARAN PER SEMESTER TAHUN ANGGARAN 2024"],
        [],
        ["Kode", "Sub Kegiatan", "Pagu Anggaran (Rp)", "Realisasi Anggaran", null, null, "Serapan (%)"],
        [null, null, null, "Semester I", "Semester II", "Total", null],
        ["1.02.02.2.01.0001", "Pelayanan Imunisasi", 500_000_000, 200_000_000, 250_000_000, 450_000_000, 90],
        ["1.02.02.2.01.0002", "Pelayanan Gizi", 400_000_000, 150_000_000, 170_000_000, 330_000_000, 80],
        ["1.02.02.2.01.0003", "Surveilans", 300_000_000, 100_000_000, 140_000_000, 240_000_000, 80],
      ],
      merges: ["A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4"],
    });
    const [t] = detectTables(grid);
    expect(roles(t)).toEqual([
      "A:kode",
      "B:indikator",
      "C:anggaran 2024",
      "D:realisasi-anggaran 2024",
      "E:realisasi-anggaran 2024",
      "F:realisasi-anggaran 2024",
      "G:capaian 2024",
    ]);
    expect(reportTable(t).columns.map((c) => c.semester ?? "-")).toEqual(["-", "-", "-", 1, 2, "-", "-"]);
    const bad = runRules([{ table: t, grid }]).filter((f) => f.severity !== "info");
    // 150 + 170 is 320, not 330; the serapan of 330 / 400 is 82,5 (and of 320 / 400 it is 80)
    expect(bad.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(["sum-mismatch F6"]);
    expect(bad[0].message).toMatch(/dua semester/);
  });

  it("abbreviated headings: 'Tgt', 'Real.', 'Real. (Rp.)', 'Capaian Anggaran (%)' under a block", () => {
    const grid = sheet({
      name: "LKjIP",
      rows: [
        ["Capaian Kinerja dan Realisasi Anggaran Tahun 2024"],
        ["No.", "Indikator Kinerja", "Sat.", "Kinerja", null, null, "Keuangan", null, null],
        [
          null,
          null,
          null,
          "Tgt\n2024",
          "Real.\n2024",
          "Capaian Kinerja\n(%)",
          "Anggaran\n(Rp.)",
          "Real.\n(Rp.)",
          "Capaian Anggaran\n(%)",
        ],
        [1, "Persentase desa mandiri", "%", 18, 19.35, 107.5, 1_245_600_000, 1_187_325_400, 95.32],
        [2, "Persentase BUMDes maju", "%", 25, 21.4, 85.6, 1_076_400_000, 1_012_085_600, 94.03],
      ],
      merges: ["A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:I2"],
    });
    const [t] = detectTables(grid);
    expect(roles(t).slice(2)).toEqual([
      "C:satuan",
      "D:target 2024",
      "E:realisasi 2024",
      "F:capaian 2024",
      "G:anggaran 2024",
      "H:realisasi-anggaran 2024",
      "I:capaian 2024",
    ]);
  });

  it("'Anggaran pada Tahun ke-' over 1..5 is the pagu of the title's years; growth beside Rp is no lost thousand", () => {
    const grid = sheet({
      name: "T-C.24",
      rows: [
        ["Anggaran dan Realisasi Pendanaan Pelayanan Tahun 2020-2024"],
        [
          "Kode",
          "Uraian",
          "Anggaran pada Tahun ke-",
          null,
          "Realisasi Anggaran pada Tahun ke-",
          null,
          "Rata-rata Pertumbuhan (%)",
        ],
        [null, null, 1, 2, 1, 2, "Anggaran"],
        ["2.14.02", "PROGRAM PENGENDALIAN PENDUDUK", 412_500, 238_750, 386_215, 221_430, 10.42],
        ["2.14.03", "PROGRAM PEMBINAAN KB", 2_083_800, 1_636_950, 1_986_183, 1_546_257, 6.3],
        ["2.14.04", "PROGRAM PEMBERDAYAAN KS", 286_300, 174_600, 268_104, 162_385, 9.26],
      ],
      merges: ["A2:A3", "B2:B3", "C2:D2", "E2:F2"],
    });
    const [t] = detectTables(grid);
    expect(roles(t)).toEqual([
      "A:kode",
      "B:indikator",
      "C:anggaran 2020",
      "D:anggaran 2021",
      "E:realisasi-anggaran 2020",
      "F:realisasi-anggaran 2021",
      "G:pertumbuhan",
    ]);
    expect(runRules([{ table: t, grid }]).filter((f) => f.rule === "number-scale")).toEqual([]);
  });

  it("a row-wise table labelled 'Tgt' / 'Real.' / '% Capaian'", () => {
    const grid = sheet({
      name: "IKU",
      rows: [
        ["No", "Indikator", "Uraian", "2022", "2023", "2024"],
        [1, "Kontribusi industri terhadap PDRB", "Tgt", 18.9, 19.3, 19.7],
        [1, "Kontribusi industri terhadap PDRB", "Real.", 18.81, 19.44, 19.52],
        [1, "Kontribusi industri terhadap PDRB", "% Capaian", 99.52, 100.73, 99.09],
        [2, "Pertumbuhan nilai produksi IKM", "Tgt", 6, 6.5, 7],
        [2, "Pertumbuhan nilai produksi IKM", "Real.", 6.4, 6.1, 7.3],
        [2, "Pertumbuhan nilai produksi IKM", "% Capaian", 106.67, 93.85, 112.31],
      ],
    });
    const [t] = detectTables(grid);
    expect(t.orientation).toBe("rows");
    const bad = runRules([{ table: t, grid }]).filter((f) => f.severity !== "info");
    // 7,3 / 7 is 104,29; 112,31 is 7,3 over the 2023 target
    expect(bad.map((f) => `${f.rule} ${f.cell}`)).toEqual(["capaian-mismatch F7"]);
  });

  it("a DPA realisation: Pagu Murni | Pagu Perubahan | Bertambah/(Berkurang) | Realisasi s.d. 31 Desember | % Realisasi", () => {
    const grid = sheet({
      name: "LRA 2024",
      rows: [
        [
          "Kode",
          "Uraian",
          "Pagu Murni (Rp)",
          "Pagu Perubahan (Rp)",
          "Bertambah/ (Berkurang) (Rp)",
          "Realisasi s.d. 31 Desember 2024 (Rp)",
          "% Realisasi",
        ],
        ["4.02.01.2.01", "Perencanaan", 101_150_000, 97_650_000, -3_500_000, 95_217_700, 97.51],
        ["4.02.01.2.01.0001", "Penyusunan Dokumen", 62_400_000, 58_900_000, -3_500_000, 57_315_200, 97.31],
        ["4.02.01.2.01.0006", "Koordinasi Laporan", 38_750_000, 38_750_000, 0, 37_902_500, 97.81],
        [
          "4.02.01.2.02",
          "Administrasi Keuangan",
          6_936_915_000,
          6_717_430_000,
          -219_485_000,
          6_648_111_015,
          98.97,
        ],
        [
          "4.02.01.2.02.0001",
          "Gaji dan Tunjangan",
          6_842_315_000,
          6_615_080_000,
          -227_235_000,
          6_548_226_415,
          95.7,
        ],
        ["4.02.01.2.02.0003", "Penatausahaan", 94_600_000, 102_350_000, 7_750_000, 99_884_600, 97.59],
      ],
    });
    const [t] = detectTables(grid);
    expect(roles(t).slice(2)).toEqual([
      "C:anggaran 2024",
      "D:anggaran 2024",
      "E:lainnya",
      "F:realisasi-anggaran 2024",
      "G:capaian 2024",
    ]);
    expect(t.columns[5].toDate).toBeUndefined(); // s.d. 31 Desember: the year's own
    const bad = runRules([{ table: t, grid }]).filter((f) => f.severity !== "info");
    // 95,7 is the realisation over the Pagu Murni; the pagu in force is the Perubahan (98,99)
    expect(bad.map((f) => `${f.rule} ${f.cell}`)).toEqual(["capaian-mismatch G6"]);
  });

  it("capaian as fractions beside serapan in %; a realisation typed in thousands; a 'Jumlah / Rata-rata' footer", () => {
    const grid = sheet({
      name: "Pengukuran",
      rows: [
        ["Pengukuran Kinerja Tahun 2024"],
        [
          "No",
          "Indikator Kinerja",
          "Satuan",
          "Target",
          "Realisasi",
          "Anggaran (Rp)",
          "Realisasi Anggaran (Rp)",
          "Capaian (%)",
          null,
          "Predikat",
        ],
        [null, null, null, null, null, null, null, "Kinerja", "Anggaran", null],
        [
          1,
          "Persentase gangguan trantibum yang diselesaikan",
          "%",
          90,
          92.86,
          2_846_500_000,
          2_731_118_400,
          1.0318,
          95.95,
          "Sangat Baik",
        ],
        [
          2,
          "Persentase anggota Satlinmas terlatih",
          "%",
          60,
          53.18,
          986_400_000,
          921_573_500,
          0.8863,
          93.43,
          "Baik",
        ],
        [
          3,
          "Persentase kebakaran yang ditangani",
          "%",
          80,
          85.71,
          3_452_800_000,
          3_186_452,
          1.0714,
          92.29,
          "Sangat Baik",
        ],
        [
          4,
          "Indeks Kepuasan Masyarakat",
          "indeks",
          82,
          83.46,
          615_300_000,
          588_940_700,
          1.0178,
          95.72,
          "Sangat Baik",
        ],
        [
          "Jumlah / Rata-rata",
          null,
          null,
          null,
          null,
          7_901_000_000,
          4_244_819_052,
          0.9893,
          53.73,
          "Sangat Baik",
        ],
      ],
      merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:I2", "J2:J3"],
      numFmts: { H4: "0.00%", H5: "0.00%", H6: "0.00%", H7: "0.00%", H8: "0.00%" },
    });
    const [t] = detectTables(grid);
    expect(t.rows.find((r) => r.row === 8)?.kind).toBe("total");
    const bad = runRules([{ table: t, grid }]).filter((f) => f.severity !== "info");
    // the predikat grades the performance (H), not the serapan (I); G6 is in thousands, and the
    // serapan I6 that follows it is named in G6's finding
    expect(bad.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(["number-scale G6"]);
  });

  it("a short caption after a blank row, over the next header, ends the table above it (PK + its programs)", () => {
    const grid = sheet({
      name: "PK",
      rows: [
        ["No", "Indikator Kinerja", "Satuan", "Target Awal 2025", "Target Perubahan 2025"],
        [1, "Persentase koperasi aktif", "%", 58.4, 58.4],
        [2, "Persentase koperasi sehat", "%", 62.5, 60],
        [],
        [],
        ["Program dan Anggaran"],
        ["No", "Kode", "Program", "Anggaran Awal (Rp)", "Anggaran Perubahan (Rp)"],
        [1, "2.17.01", "Program Penunjang", 4_862_450_000, 4_915_720_000],
        [2, "2.17.03", "Program Pengawasan Koperasi", 318_600_000, 318_600_000],
      ],
    });
    expect(detectTables(grid).map((t) => rangeToA1(t.range))).toEqual(["A1:E3", "A7:E9"]);
  });
});
