// What the eighteenth form set (test/forms-blind16, money) taught: a realisation report's quarters
// hold what was paid and done; "Keuangan (%)" is the money's ratio; "JUMLAH DAK FISIK" names its
// section; a Jumlah after two urusan headings adds both; T-C.29's "Tingkat Capaian Renstra (%)" is
// measured against the Renstra's end; a count whose final condition is its last target where the
// table's other counts add theirs; the amended pagu is the ceiling; a growth that follows a
// whole-rupiah amount in a table in millions is that amount's consequence; "DAK Fisik" under a
// pagu heading is money; "Prakiraan Maju 2026" leaves the title's year to the other columns.
import { detectTables } from "../../../src/core/detect";
import type { CellValue } from "../../../src/core/grid";
import { runRules } from "../../../src/core/rules";
import { growthMismatch } from "../../../src/core/rules/growthMismatch";
import { kondisiAkhirMismatch } from "../../../src/core/rules/kondisiAkhirMismatch";
import { numberScale } from "../../../src/core/rules/numberScale";
import { serapanOver100 } from "../../../src/core/rules/serapanOver100";
import { sumMismatch } from "../../../src/core/rules/sumMismatch";
import { ruleTester, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const roles = (s: SheetSpec) =>
  detectTables(sheet(s))[0].columns.map((c) => [c.role, c.year, c.endOfPeriod ?? false]);

// DAK realisation by quarter, with sections and their totals
function dak(jumlahFisikPagu: number): SheetSpec {
  const q = ["Triwulan I", "Triwulan I", "Triwulan II", "Triwulan II"];
  return {
    name: "Realisasi DAK 2024",
    rows: [
      ["LAPORAN REALISASI DANA ALOKASI KHUSUS (DAK) TAHUN ANGGARAN 2024"],
      [],
      [
        "No",
        "Bidang / Jenis DAK",
        "Pagu Alokasi (Rp)",
        ...q,
        "Realisasi s.d. Triwulan II",
        "Realisasi s.d. Triwulan II",
        "Realisasi s.d. Triwulan II",
      ],
      [
        "No",
        "Bidang / Jenis DAK",
        "Pagu Alokasi (Rp)",
        "Keuangan (Rp)",
        "Fisik (%)",
        "Keuangan (Rp)",
        "Fisik (%)",
        "Keuangan (Rp)",
        "Keuangan (%)",
        "Fisik (%)",
      ],
      ["A", "DAK FISIK"],
      [1, "Bidang Jalan", 18_642_500_000, 3_728_500_000, 20, 7_457_000_000, 62.4, 11_185_500_000, 60, 62.4],
      [2, "Bidang Irigasi", 4_318_000_000, 863_600_000, 20, 1_727_200_000, 58.2, 2_590_800_000, 60, 58.2],
      [3, "Bidang Air Minum", 2_975_600_000, 595_120_000, 22.5, 1_190_240_000, 61, 1_785_360_000, 60, 61],
      [
        "",
        "JUMLAH DAK FISIK",
        jumlahFisikPagu,
        5_187_220_000,
        null,
        10_374_440_000,
        null,
        15_561_660_000,
        60,
      ],
    ],
    merges: ["D3:E3", "F3:G3", "H3:J3"],
  };
}

describe("a realisation report's quarters", () => {
  it("reads the quarters as realisations and Keuangan (%) as the money's ratio", () => {
    expect(roles(dak(25_936_100_000)).map(([r]) => r)).toEqual([
      "no",
      "lainnya",
      "anggaran",
      "realisasi-anggaran",
      "realisasi",
      "realisasi-anggaran",
      "realisasi",
      "realisasi-anggaran",
      "capaian",
      "realisasi",
    ]);
  });

  it("keeps a PK's quarterly targets as targets", () => {
    const s: SheetSpec = {
      name: "Rencana Aksi 2025",
      rows: [
        ["RENCANA AKSI PERJANJIAN KINERJA TAHUN 2025"],
        [],
        [
          "No",
          "Indikator Kinerja",
          "Satuan",
          "Target 2025",
          "Target Triwulan",
          "Target Triwulan",
          "Target Triwulan",
          "Target Triwulan",
        ],
        ["No", "Indikator Kinerja", "Satuan", "Target 2025", "I", "II", "III", "IV"],
        [1, "Produksi perikanan tangkap", "ton", 12_400, 2_600, 3_200, 3_300, 3_300],
        [2, "Nilai tukar nelayan", "indeks", 104.5, 103.8, 104, 104.2, 104.5],
      ],
      merges: ["E3:H3"],
    };
    expect(
      roles(s)
        .slice(4)
        .map(([r]) => r),
    ).toEqual(["target", "target", "target", "target"]);
  });
});

ruleTester(sumMismatch, {
  valid: [
    { name: "JUMLAH DAK FISIK that adds its bidang", sheets: [dak(25_936_100_000)] },
    {
      name: "a Jumlah after two urusan headings adds the programmes of both",
      sheets: [
        {
          name: "T-C.29",
          rows: [
            ["Kode", "Program", "Indikator", "Anggaran 2024 (Rp)", "Realisasi 2024 (Rp)"],
            ["2.19", "URUSAN KEPEMUDAAN DAN OLAHRAGA"],
            ["2.19.02", "PROGRAM KEPEMUDAAN", "Indeks Pembangunan Pemuda", 575_000_000, 561_930_000],
            ["2.19.03", "PROGRAM KEOLAHRAGAAN", "Cabang olahraga berprestasi", 1_940_000_000, 1_859_993_000],
            ["3.26", "URUSAN PARIWISATA"],
            [
              "3.26.02",
              "PROGRAM DESTINASI PARIWISATA",
              "Lama tinggal wisatawan",
              1_720_000_000,
              1_655_467_000,
            ],
            ["", "JUMLAH", "", 4_235_000_000, 4_077_390_000],
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: "a typed JUMLAH DAK FISIK pagu that is not its bidang's sum",
      sheets: [dak(26_015_830_000)],
      findings: [
        { sheet: "Realisasi DAK 2024", cell: "C9", expected: 25_936_100_000, actual: 26_015_830_000 },
      ],
    },
  ],
});

describe("T-C.29's Tingkat Capaian Renstra", () => {
  it("is measured against the Renstra's end", () => {
    const s: SheetSpec = {
      name: "T-C.29",
      rows: [
        ["Rekapitulasi evaluasi Renja s.d. tahun 2024, Renstra 2021-2026"],
        [],
        [
          "No",
          "Indikator",
          "Target Akhir Renstra (2026)",
          "Realisasi s.d. 2024",
          "Tingkat Capaian Renstra (%)",
        ],
        [1, "Indeks Pembangunan Pemuda", 56.5, 54.83, 97.04],
        [2, "Cabang olahraga berprestasi", 45, 38, 84.44],
      ],
    };
    expect(roles(s)[4]).toEqual(["capaian", undefined, true]);
  });
});

// T-C.27 with counts that add their yearly targets, and one that quotes its last target
function tc27(akhirNakes: number): SheetSpec {
  return {
    name: "Tabel 6.1",
    rows: [
      ["Indikator", "Satuan", "Target 2025", "Target 2026", "Target 2027", "Kondisi Akhir Periode Renstra"],
      ["Jumlah paket administrasi umum yang disediakan", "paket", 6, 6, 6, 18],
      ["Jumlah dokumen perencanaan yang disusun", "dokumen", 4, 4, 4, 12],
      ["Jumlah kader posyandu yang dilatih", "orang", 120, 140, 160, 420],
      ["Jumlah tenaga kesehatan yang ditingkatkan kompetensinya", "orang", 120, 130, 140, akhirNakes],
      ["Luas daerah irigasi yang terlayani jaringan irigasi", "Ha", 9_850, 10_300, 10_760, 10_760],
      ["Persentase puskesmas terakreditasi paripurna", "%", 40, 50, 60, 60],
    ],
  };
}

ruleTester(kondisiAkhirMismatch, {
  valid: [
    {
      name: "counts that add up, a served area and a rate that quote their last target",
      sheets: [tc27(390)],
    },
  ],
  invalid: [
    {
      name: "a count of people trained that quotes its last target where the table's counts add theirs",
      sheets: [tc27(140)],
      findings: [{ sheet: "Tabel 6.1", cell: "F5", expected: 390, actual: 140 }],
    },
  ],
});

function serapan(realisasi: number): SheetSpec {
  return {
    name: "Realisasi TW IV 2024",
    rows: [
      ["LAPORAN REALISASI ANGGARAN PER PROGRAM TAHUN ANGGARAN 2024"],
      [],
      ["Kode", "Nama Program", "Pagu Anggaran (Rp)", "Pagu Anggaran (Rp)", "Realisasi s.d. TW IV (Rp)"],
      ["Kode", "Nama Program", "APBD Murni", "APBD Perubahan", null],
      ["1.11.01", "PROGRAM PENUNJANG URUSAN", 14_862_450_000, 15_204_870_000, 14_732_759_080],
      ["1.11.12", "PROGRAM PENGELOLAAN PERSAMPAHAN", 12_650_000_000, 11_940_000_000, realisasi],
    ],
    merges: ["A3:A4", "B3:B4", "C3:D3", "E3:E4"],
  };
}

ruleTester(serapanOver100, {
  valid: [
    { name: "spending under the amended pagu (above the original)", sheets: [serapan(11_900_000_000)] },
  ],
  invalid: [
    {
      name: "spending above the amended pagu, though under the original",
      sheets: [serapan(12_156_443_500)],
      findings: [
        { sheet: "Realisasi TW IV 2024", cell: "E6", expected: 11_940_000_000, actual: 12_156_443_500 },
      ],
    },
  ],
});

describe("a growth that follows a whole-rupiah amount in a table in millions", () => {
  it("is named in the amount's finding, not reported again", () => {
    const rows: CellValue[][] = [
      ["Perkembangan Belanja Daerah (dalam jutaan rupiah)"],
      [],
      [
        "Kode Rek.",
        "Uraian",
        "Realisasi Belanja 2023",
        "Realisasi Belanja 2024",
        "Pertumbuhan Realisasi (%)",
      ],
      ["5.1.01", "Belanja Pegawai", 589_314.62, 621_806.47, 5.51],
      ["5.1.02", "Belanja Barang dan Jasa", 372_984.3, 409_158.72, 9.7],
      ["5.1.03", "Belanja Bunga", 2_148.37, 1_845_612_500, -14.09],
      ["5.1.05", "Belanja Hibah", 46_915.25, 60_128.9, 28.16],
      ["5.1.06", "Belanja Bantuan Sosial", 6_512.4, 6_985.15, 7.26],
      ["5.1.07", "Belanja Bantuan Keuangan", 1_210.5, 1_275.8, 5.39],
    ];
    const grid = sheet({ name: "Tabel 3.4", rows });
    const tables = detectTables(grid).map((table) => ({ table, grid }));
    const found = runRules(tables, { rules: [numberScale, growthMismatch] });
    expect(found.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell])).toEqual([
      ["number-scale", "D6"],
    ]);
    expect(found[0].message).toMatch(/E6/);
  });
});

describe("a DPA by funding source", () => {
  it('reads "DAK Fisik" under a pagu heading as money and the title\'s year beside "Prakiraan Maju"', () => {
    const s: SheetSpec = {
      name: "Ringkasan DPA 2025",
      rows: [
        ["RINGKASAN DPA PER SUB KEGIATAN TAHUN ANGGARAN 2025"],
        [],
        [
          "Kode",
          "Sub Kegiatan",
          "Target",
          "Satuan",
          "Pagu Menurut Sumber Dana (Rp)",
          "Pagu Menurut Sumber Dana (Rp)",
          "Pagu Menurut Sumber Dana (Rp)",
          "Jumlah Pagu (Rp)",
          "Prakiraan Maju 2026 (Rp)",
        ],
        [
          "Kode",
          "Sub Kegiatan",
          "Target",
          "Satuan",
          "PAD",
          "DAK Fisik",
          "DAK Non Fisik",
          "Jumlah Pagu (Rp)",
          "Prakiraan Maju 2026 (Rp)",
        ],
        [
          "1.01.02.2.01.0026",
          "Pembangunan Ruang Kelas Baru",
          12,
          "ruang",
          120_000_000,
          2_385_600_000,
          null,
          2_505_600_000,
          2_600_000_000,
        ],
        [
          "1.01.02.2.01.0031",
          "Pengelolaan Dana BOS",
          186,
          "sekolah",
          null,
          null,
          58_762_400_000,
          58_762_400_000,
          60_000_000_000,
        ],
      ],
      merges: ["E3:G3"],
    };
    expect(roles(s).map(([r, y]) => `${r} ${y ?? ""}`.trim())).toEqual([
      "kode",
      "indikator",
      "target 2025",
      "satuan",
      "anggaran 2025",
      "anggaran 2025",
      "anggaran 2025",
      "anggaran 2025",
      "anggaran 2026",
    ]);
  });
});
