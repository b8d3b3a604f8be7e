// What forms-blind36 .. 38 taught (an inspectorate's and a Bappeda's reviews in NTB, an RSUD and a
// Dinas Sosial, small provincial offices of Banten and DIY): an LRA per SKPD pairs each heading's
// Anggaran with its own Realisasi; a review of two documents' targets has a path per document; a
// recap of counts whose columns name no role is found by its numbered header and checked by its
// own sums; 4.01 is an urusan's program code, not revenue; a duplicate code that only echoes a
// misplaced one is not a second mistake; "Rata-rata Provinsi" closes a recap; a typed number
// that its column's row formula contradicts is a warning whatever the column means.
import { detectTables } from "../../../src/core/detect";
import { runRules } from "../../../src/core/rules";
import type { Finding } from "../../../src/core/report";
import { serapanOver100 } from "../../../src/core/rules/serapanOver100";
import { targetTrend } from "../../../src/core/rules/targetTrend";
import { sumMismatch } from "../../../src/core/rules/sumMismatch";
import { duplicateCode } from "../../../src/core/rules/duplicateCode";
import { ruleTester, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

function findings(spec: SheetSpec): Finding[] {
  const g = sheet(spec);
  return runRules(detectTables(g).map((table) => ({ table, grid: g }))).filter((f) => f.severity !== "info");
}

// LRA per SKPD: Pendapatan | Belanja | Surplus / (Defisit), each over Anggaran | Realisasi (| %)
function lra(belanjaPertanian: number): SheetSpec {
  const baris = (kode: string, nama: string, pa: number, pr: number, ba: number, br: number) => [
    kode,
    nama,
    pa,
    pr,
    Math.round((pr / pa) * 10000) / 100,
    ba,
    br,
    Math.round((br / ba) * 10000) / 100,
    pa - ba,
    pr - br,
  ];
  return {
    name: "LRA per SKPD",
    rows: [
      ["LAPORAN REALISASI ANGGARAN PENDAPATAN DAN BELANJA DAERAH PER SKPD"],
      ["Tahun Anggaran 2024 (dalam rupiah)"],
      [
        "Kode Organisasi",
        "Nama SKPD",
        "Pendapatan",
        null,
        null,
        "Belanja",
        null,
        null,
        "Surplus / (Defisit)",
        null,
      ],
      [
        "Kode Organisasi",
        "Nama SKPD",
        "Anggaran",
        "Realisasi",
        "%",
        "Anggaran",
        "Realisasi",
        "%",
        "Anggaran",
        "Realisasi",
      ],
      baris(
        "1.01.0.00.0.00.01.0000",
        "Dinas Pendidikan",
        118_450_000_000,
        121_337_482_150,
        1_684_205_330_000,
        1_602_118_964_275,
      ),
      baris(
        "1.02.0.00.0.00.01.0000",
        "Dinas Kesehatan",
        4_250_000_000,
        3_987_615_400,
        412_630_150_000,
        389_452_713_820,
      ),
      baris(
        "3.27.0.00.0.00.01.0000",
        "Dinas Pertanian",
        6_420_000_000,
        6_118_760_250,
        48_960_380_000,
        belanjaPertanian,
      ),
      // revenue far above spending: a positive surplus realised above its plan is no overspending
      baris(
        "5.02.0.00.0.00.01.0000",
        "BPKAD (PPKD)",
        4_236_880_000_000,
        4_311_520_417_600,
        1_906_415_270_000,
        1_851_003_426_945,
      ),
    ],
    merges: ["A3:A4", "B3:B4", "C3:E3", "F3:H3", "I3:J3"],
  };
}

ruleTester(serapanOver100, {
  valid: [
    {
      name: "revenue and a surplus realised above plan, spending within its pagu",
      sheets: [lra(48_846_221_900)],
    },
  ],
  invalid: [
    {
      name: "one SKPD's spending above its pagu, beside revenue columns",
      sheets: [lra(49_846_221_900)],
      findings: [{ sheet: "LRA per SKPD", cell: "G7", expected: 48_960_380_000, actual: 49_846_221_900 }],
    },
    {
      name: "a sub kegiatan of the Sekretariat Daerah (urusan 4.01) is spending, not revenue",
      sheets: [
        {
          name: "Realisasi",
          rows: [
            ["LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN TAHUN ANGGARAN 2024"],
            [
              "No",
              "Kode Rekening",
              "Program / Kegiatan / Sub Kegiatan",
              "Pagu Anggaran (Rp)",
              "Realisasi s.d. Desember (Rp)",
            ],
            [1, "4.01.04.1.01", "Pelaksanaan Kebijakan Kelembagaan", 810_850_000, 811_976_500],
            [2, "4.01.04.1.01.0001", "Fasilitasi Penataan Kelembagaan", 412_350_000, 398_126_500],
            [3, "4.01.04.1.01.0002", "Penyusunan Analisis Jabatan", 398_500_000, 413_850_000],
          ],
          formulas: { D3: "SUM(D4:D5)", E3: "SUM(E4:E5)" },
        },
      ],
      findings: [{ sheet: "Realisasi", cell: "E5", expected: 398_500_000, actual: 413_850_000 }],
    },
  ],
});

// a review of the RPJMD's and the RKPD's targets, year by year
function reviu(rpjmd2027: number): SheetSpec {
  return {
    name: "Reviu Target",
    rows: [
      ["KERTAS KERJA REVIU KESELARASAN TARGET INDIKATOR SASARAN RPJMD DAN RKPD"],
      ["No", "Indikator Sasaran", "Satuan", "Tahun 2025", null, "Tahun 2026", null, "Tahun 2027", null],
      [
        "No",
        "Indikator Sasaran",
        "Satuan",
        "Target RPJMD",
        "Target RKPD",
        "Target RPJMD",
        "Target RKPD",
        "Target RPJMD",
        "Target RKPD",
      ],
      [1, "Persentase Penduduk Miskin", "%", 12.6, 12.45, 11.85, 11.8, rpjmd2027, 11.05],
      [2, "Tingkat Pengangguran Terbuka", "%", 2.85, 2.8, 2.7, 2.65, 2.55, 2.5],
      [3, "Indeks Pembangunan Manusia", "poin", 73.15, 73.2, 73.8, 73.8, 74.45, 74.5],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:G2", "H2:I2"],
  };
}

ruleTester(targetTrend, {
  valid: [{ name: "both documents' paths falling for lower-is-better rates", sheets: [reviu(11.05)] }],
  invalid: [
    {
      name: "the RPJMD's own path rising in 2027 while the RKPD's falls",
      sheets: [reviu(12.05)],
      findings: [{ sheet: "Reviu Target", cell: "H4", expected: 11.85, actual: 12.05 }],
    },
  ],
});

// an inspectorate's follow-up of audit recommendations: no column names a role
function tlhp(rekomendasiBpkad: number, jumlahBelum: string): SheetSpec {
  return {
    name: "TLHP",
    rows: [
      ["REKAPITULASI PEMANTAUAN TINDAK LANJUT HASIL PEMERIKSAAN"],
      ["Posisi s.d. 31 Desember 2024"],
      [
        "No",
        "Obyek Pemeriksaan",
        "Jumlah Temuan",
        "Jumlah Rekomendasi",
        "Status Tindak Lanjut",
        null,
        null,
        null,
        "% Tindak Lanjut",
      ],
      [
        "No",
        "Obyek Pemeriksaan",
        "Jumlah Temuan",
        "Jumlah Rekomendasi",
        "Sesuai Rekomendasi",
        "Belum Sesuai / Dalam Proses",
        "Belum Ditindaklanjuti",
        "Tidak Dapat Ditindaklanjuti",
        "% Tindak Lanjut",
      ],
      [1, 2, 3, 4, 5, 6, 7, 8, "9 = 5/4x100"],
      [1, "Dinas Pendidikan", 18, 41, 31, 6, 3, 1, 75.61],
      [2, "Dinas Kesehatan", 14, 28, 22, 4, 2, 0, 78.57],
      [3, "RSUD Provinsi", 11, 25, 15, 5, 4, 1, 60],
      [4, "Dinas PUPR", 16, 40, 26, 7, 5, 2, 65],
      [5, "BPKAD", 12, rekomendasiBpkad, 19, 3, 2, 0, Math.round((19 / rekomendasiBpkad) * 10000) / 100],
      [6, "Dinas Sosial", 6, 9, 9, 0, 0, 0, 100],
      [7, "Biro Umum", 9, 17, 12, 2, 3, 0, 70.59],
      ["JUMLAH", null, 86, 160 + rekomendasiBpkad, 134, 27, jumlahBelum === "G6:G12" ? 19 : 16, 4, 71.66],
      ["Catatan: rekomendasi tidak dapat ditindaklanjuti telah mendapat persetujuan BPK."],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3", "I3:I4", "A13:B13"],
    formulas: {
      C13: "SUM(C6:C12)",
      D13: "SUM(D6:D12)",
      E13: "SUM(E6:E12)",
      F13: "SUM(F6:F12)",
      G13: `SUM(${jumlahBelum})`,
      H13: "SUM(H6:H12)",
    },
  };
}

ruleTester(sumMismatch, {
  valid: [
    { name: "a recap of counts that adds up by its rows and its statuses", sheets: [tlhp(24, "G6:G12")] },
  ],
  invalid: [
    {
      name: "a Jumlah Rekomendasi that its statuses do not make, and a JUMLAH whose SUM leaves out a row",
      sheets: [tlhp(27, "G6:G11")],
      findings: [
        { sheet: "TLHP", cell: "D10", expected: 24, actual: 27, messageId: "columnGroupSum" },
        { sheet: "TLHP", cell: "G13", expected: 19, actual: 16, messageId: "total" },
      ],
    },
  ],
});

// T-C.31: a sub kegiatan typed with the next kegiatan's code, which a later row rightly uses
function renja(kodeSalah: string): SheetSpec {
  return {
    name: "T-C.31",
    rows: [
      ["Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2026"],
      [
        "Kode",
        "Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan",
        "Indikator Kinerja",
        "Satuan",
        "Target Kinerja 2026",
        "Pagu Indikatif 2026 (Rp)",
      ],
      [
        "8.01.04.1.01",
        "Pelaksanaan Kebijakan Pemberdayaan Ormas",
        "Jumlah ormas yang diberdayakan",
        "ormas",
        140,
        715_900_000,
      ],
      [
        "8.01.04.1.01.0001",
        "Pemberdayaan dan Pengawasan Ormas",
        "Jumlah ormas yang difasilitasi",
        "ormas",
        140,
        528_400_000,
      ],
      [kodeSalah, "Pemantauan Ormas Asing", "Jumlah laporan pemantauan", "laporan", 4, 187_500_000],
      [
        "8.01.05.1.01",
        "Pemantapan Ketahanan Ekonomi, Sosial dan Budaya",
        "Jumlah deteksi dini",
        "dokumen",
        36,
        711_350_000,
      ],
      ["8.01.05.1.01.0001", "Fasilitasi Tim Terpadu", "Jumlah rapat", "kali", 8, 298_750_000],
      ["8.01.05.1.01.0002", "Fasilitasi FKDM", "Jumlah laporan FKDM", "laporan", 12, 412_600_000],
    ],
  };
}

ruleTester(duplicateCode, {
  valid: [
    { name: "distinct codes", sheets: [renja("8.01.04.1.01.0002")] },
    {
      name: "a misplaced code that a later row rightly uses: code-hierarchy's slip, not a duplicate",
      sheets: [renja("8.01.05.1.01.0002")],
    },
  ],
  invalid: [
    {
      name: "the same code twice, each under its right kegiatan",
      sheets: [
        {
          ...renja("8.01.04.1.01.0002"),
          rows: [
            ...renja("8.01.04.1.01.0002").rows,
            ["8.01.05.1.01.0001", "Fasilitasi Tim Terpadu (lagi)", "Jumlah rapat", "kali", 2, 50_000_000],
          ],
        },
      ],
      findings: [{ sheet: "T-C.31", cell: "A9", actual: "8.01.05.1.01.0001", messageId: "usedBefore" }],
    },
  ],
});

it("names the misplaced sub kegiatan once, by code-hierarchy", () => {
  const found = findings(renja("8.01.05.1.01.0002"));
  expect(found.filter((f) => f.rule === "code-hierarchy").map((f) => f.cell)).toEqual(["A5"]);
  expect(found.filter((f) => f.rule === "duplicate-code")).toEqual([]);
});

// a recap of every office's SAKIP value: components, their sum, the predikat, an average row
function rekapLhe(nilaiBpbd: number, predikatKesbangpol: string): SheetSpec {
  const rows: Array<[string, number, number, number, number, number, string]> = [
    ["Bappeda", 82.1, 26.4, 25.15, 12.9, 20.6, "A"],
    ["Inspektorat", 81.35, 25.8, 24.6, 12.45, 19.95, "A"],
    ["Satpol PP", 66.9, 22.15, 20.4, 10.8, 16.45, "B"],
    ["BPBD", 67.4, 21.6, 20.85, 10.35, 15.9, nilaiBpbd > 70 ? "BB" : "B"],
    ["Kesbangpol", 70.25, 23.2, 22.9, 11.4, 17.14, predikatKesbangpol],
  ];
  const formulas: Record<string, string> = {};
  const body = rows.map(([nama, lalu, a, b, c, d, p], i) => {
    const r = i + 6;
    const nilai = nama === "BPBD" ? nilaiBpbd : Math.round((a + b + c + d) * 100) / 100;
    if (nama !== "BPBD") formulas[`H${r}`] = `D${r}+E${r}+F${r}+G${r}`;
    return [i + 1, nama, lalu, a, b, c, d, nilai, p];
  });
  formulas.H11 = "ROUND(AVERAGE(H6:H10),2)";
  return {
    name: "Rekap LHE 2024",
    rows: [
      ["REKAPITULASI HASIL EVALUASI AKUNTABILITAS KINERJA INSTANSI PEMERINTAH TAHUN 2024"],
      [],
      [],
      ["No", "Nama OPD", "Nilai 2023", "Hasil Evaluasi 2024", null, null, null, null, null],
      [
        "No",
        "Nama OPD",
        "Nilai 2023",
        "Perencanaan Kinerja (30)",
        "Pengukuran Kinerja (30)",
        "Pelaporan Kinerja (15)",
        "Evaluasi Internal (25)",
        "Nilai",
        "Predikat",
      ],
      ...body,
      ["Rata-rata Provinsi", null, 73.6, null, null, null, null, 75.79, "BB"],
    ],
    merges: ["A4:A5", "B4:B5", "C4:C5", "D4:I4"],
    formulas,
  };
}

it("reads a SAKIP recap under 'Nama OPD' and checks its letters and its typed sums", () => {
  const g = sheet(rekapLhe(68.7, "BB"));
  // (the typed 68,70 is the components' sum: only an info that a formula would be better)
  const [table] = detectTables(g);
  expect(table.range).toMatchObject({ r1: 4, r2: 11 });
  expect(table.rows.find((r) => r.row === 11)?.kind).toBe("rata-rata");
  expect(findings(rekapLhe(68.7, "BB"))).toEqual([]);
  const wrong = findings(rekapLhe(78.21, "A"));
  expect(wrong.map((f) => [f.rule, f.cell, f.severity])).toEqual([
    ["hardcoded-value", "H9", "warning"],
    ["sakip-grade-mismatch", "I10", "error"],
  ]);
  expect(wrong[0].message).toContain("memberi 68,7");
});
