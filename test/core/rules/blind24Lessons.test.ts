// What the twenty-sixth form set (test/forms-blind24, exports from SIPD and e-Renggar-like
// applications) taught: one-row headers "Capaian %", "Keu. %", "Fisik %", "PPTK"; a T-C.29's
// "Rasio Capaian pada Akhir Periode" is an achievement whose levels use the latest year only;
// a column of outputs in kg, kios, ekor and km gives no scale for one row; "Real. s.d. Bln Lalu +
// Real. Bln Ini = Realisasi s.d. Bln Ini"; a number stored as text leaves the typed result beside
// it alone; "Sifat: Maksimal / Minimal" is the polarity.
import { detectTables } from "../../../src/core/detect";
import { parsePolaritas } from "../../../src/core/indicators";
import { capaianMismatch } from "../../../src/core/rules/capaianMismatch";
import { hardcodedValue } from "../../../src/core/rules/hardcodedValue";
import { inconsistentFormula } from "../../../src/core/rules/inconsistentFormula";
import { numberScale } from "../../../src/core/rules/numberScale";
import { sumMismatch } from "../../../src/core/rules/sumMismatch";
import { ruleTester, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const roles = (s: SheetSpec) => detectTables(sheet(s))[0].columns.map((c) => [c.role, c.year ?? null]);

function erenggar(e5: number): SheetSpec {
  return {
    name: "eRenggar_TW3",
    rows: [
      ["LAPORAN REALISASI FISIK DAN KEUANGAN S.D. TRIWULAN III TAHUN 2024"],
      [],
      [
        "Kode",
        "Indikator Keluaran",
        "Sat",
        "Tgt",
        "Real",
        "Capaian %",
        "Anggaran (Rp)",
        "Realisasi Keu.",
        "Keu. %",
        "Fisik %",
        "PPTK",
      ],
      [
        "3.27.03.2.01.0001",
        "Jumlah benih jagung hibrida yang disalurkan",
        "kg",
        42_000,
        36_750,
        87.5,
        1_386_000_000,
        1_108_800_000,
        80,
        88,
        "Yohanes",
      ],
      [
        "3.27.03.2.01.0002",
        "Jumlah kios pupuk yang diawasi",
        "kios",
        64,
        48,
        75,
        187_500_000,
        121_875_000,
        65,
        70,
        "Maria",
      ],
      [
        "3.27.03.2.02.0002",
        "Jumlah bibit sapi bali yang disalurkan",
        "ekor",
        240,
        150,
        62.5,
        2_160_000_000,
        1_350_000_000,
        62.5,
        62.5,
        "Agustinus",
      ],
      [
        "3.27.04.2.01.0004",
        "Panjang jalan usaha tani yang dibangun",
        "km",
        e5,
        7.8,
        62.4,
        1_875_000_000,
        1_170_000_000,
        62.4,
        62.4,
        "Benyamin",
      ],
    ],
  };
}

it("reads an export's one-row headers", () => {
  expect(roles(erenggar(12.5)).slice(3)).toEqual([
    ["target", 2024],
    ["realisasi", 2024],
    ["capaian", 2024],
    ["anggaran", 2024],
    ["realisasi-anggaran", 2024],
    ["capaian", 2024],
    ["lainnya", null],
    ["penanggung-jawab", null],
  ]);
});

ruleTester(numberScale, {
  valid: [{ name: "12,5 km among outputs in kg, kios and ekor", sheets: [erenggar(12.5)] }],
  invalid: [
    {
      name: "a kilogram count typed with its thousands dot read as a decimal point",
      sheets: [
        {
          name: "Benih",
          rows: [
            ["No", "Indikator Keluaran", "Sat", "Tgt 2024", "Real 2024"],
            [1, "Benih jagung", "kg", 42_000, 36_750],
            [2, "Benih padi", "kg", 38_500, 35_100],
            [3, "Benih kedelai", "kg", 12.5, 11_200],
            [4, "Benih kacang", "kg", 9_800, 9_100],
          ],
        },
      ],
      findings: [{ sheet: "Benih", cell: "D4", expected: 12_500, actual: 12.5 }],
    },
  ],
});

function tc29(n2: string): SheetSpec {
  return {
    name: "T-C.29",
    rows: [
      [
        "Kode",
        "Indikator Kinerja",
        "Satuan",
        "Target Renstra pada Akhir Periode (2026) K",
        "Realisasi 2022 K",
        "Realisasi 2023 K",
        "Realisasi 2024 K",
        "Rasio Capaian pada Akhir Periode (%) K",
      ],
      ["1.03.02", "Persentase luas daerah irigasi dalam kondisi baik", "%", 78, 66.4, 70.1, 73.8, 94.62],
      ["1.03.02.2.01", "Panjang saluran irigasi yang direhabilitasi", "km", 85, 14.2, 17.8, 18.5, 59.41],
      ["1.03.03.2.02", "Jumlah embung yang dibangun", "unit", 10, 3, 2, 3, 80],
      ["1.03.10.2.01", "Panjang jalan yang direkonstruksi", "km", 120, 31.4, 28.75, 33.6, 78.13],
      ["1.03.10.2.02", "Jumlah jembatan yang dibangun", "unit", 18, 4, 5, 3, 66.67],
    ],
    formulas: {
      H2: n2,
      H3: "ROUND((E3+F3+G3)/D3*100,2)",
      H4: "ROUND((E4+F4+G4)/D4*100,2)",
      H5: "ROUND((E5+F5+G5)/D5*100,2)",
      H6: "ROUND((E6+F6+G6)/D6*100,2)",
    },
  };
}

it('reads "Rasio Capaian pada Akhir Periode (%)" as an achievement', () => {
  expect(roles(tc29("ROUND(G2/D2*100,2)"))[7][0]).toBe("capaian");
});

ruleTester(inconsistentFormula, {
  valid: [
    {
      name: "a rate's ratio uses its latest year, the counts add theirs",
      sheets: [tc29("ROUND(G2/D2*100,2)")],
    },
  ],
  invalid: [
    {
      name: "a count's ratio that leaves its first year out",
      sheets: [
        {
          ...tc29("ROUND(G2/D2*100,2)"),
          formulas: { ...tc29("").formulas, H2: "ROUND(G2/D2*100,2)", H4: "ROUND((F4+G4)/D4*100,2)" },
        },
      ],
      findings: [{ sheet: "T-C.29", cell: "H4" }],
    },
  ],
});

function sipd(g3: number): SheetSpec {
  return {
    name: "Realisasi Sept 2024",
    rows: [
      ["LAPORAN REALISASI BELANJA PER SUB KEGIATAN"],
      ["Bulan : September 2024"],
      [
        "Kode",
        "Sub Kegiatan",
        "Anggaran (Rp)",
        "Real. s.d. Bln Lalu",
        "Real. Bln Ini",
        "Realisasi Keu. s.d. Bln Ini",
        "Keu. %",
      ],
      [
        "1.04.01.2.01.0001",
        "Penyusunan Dokumen Perencanaan",
        86_400_000,
        58_210_000,
        6_450_000,
        64_660_000,
        74.84,
      ],
      [
        "1.04.01.2.02.0001",
        "Penyediaan Gaji dan Tunjangan ASN",
        4_286_523_000,
        3_128_447_250,
        348_906_120,
        g3,
        81.13,
      ],
    ],
  };
}

ruleTester(sumMismatch, {
  valid: [{ name: "to last month plus this month", sheets: [sipd(3_477_353_370)] }],
  invalid: [
    {
      name: "a typed to-date figure with two digits swapped",
      sheets: [sipd(3_477_533_370)],
      findings: [
        { sheet: "Realisasi Sept 2024", cell: "F5", expected: 3_477_353_370, actual: 3_477_533_370 },
      ],
    },
  ],
});

function spm(d: number | string): SheetSpec {
  return {
    name: "SPM Kesehatan 2024",
    rows: [
      ["No", "Jenis Pelayanan Dasar", "Jml Sasaran (Target)", "Jml Terlayani (Realisasi)", "Belum Terlayani"],
      [1, "Pelayanan kesehatan ibu hamil", 6_842, 6_215, 627],
      [2, "Pelayanan kesehatan ibu bersalin", 6_531, 6_118, 413],
      [3, "Pelayanan kesehatan usia produktif", d, 98_614, 54_116],
      [4, "Pelayanan kesehatan usia lanjut", 24_615, 17_203, 7_412],
    ],
    formulas: { E2: "C2-D2", E3: "C3-D3", E5: "C5-D5" },
  };
}

ruleTester(hardcodedValue, {
  valid: [{ name: "the difference typed beside a target stored as text", sheets: [spm("152.730")] }],
  invalid: [
    {
      name: "the difference typed beside a number",
      sheets: [spm(152_730)],
      findings: [{ sheet: "SPM Kesehatan 2024", cell: "E4", actual: 54_116 }],
    },
  ],
});

it("reads Sifat Maksimal / Minimal as the polarity", () => {
  expect(parsePolaritas("Maksimal")).toEqual({ ok: true, value: "positif" });
  expect(parsePolaritas("Minimal")).toEqual({ ok: true, value: "negatif" });
});

ruleTester(capaianMismatch, {
  valid: [
    {
      name: "a delay (Minimal) computed with refleksi",
      sheets: [
        {
          name: "Tabel 3.2",
          rows: [
            ["No", "Indikator Kinerja", "Satuan", "Sifat", "Tgt 2024", "Real 2024", "Capaian %"],
            [1, "Persentase desa berstatus mandiri", "%", "Maksimal", 28.5, 31.2, 109.47],
            [2, "Rata-rata keterlambatan penyaluran Dana Desa", "hari", "Minimal", 15, 22, 53.33],
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: "a delay (Minimal) computed as a ratio",
      sheets: [
        {
          name: "Tabel 3.2",
          rows: [
            ["No", "Indikator Kinerja", "Satuan", "Sifat", "Tgt 2024", "Real 2024", "Capaian %"],
            [1, "Persentase desa berstatus mandiri", "%", "Maksimal", 28.5, 31.2, 109.47],
            [2, "Rata-rata keterlambatan penyaluran Dana Desa", "hari", "Minimal", 15, 22, 146.67],
          ],
        },
      ],
      findings: [{ sheet: "Tabel 3.2", cell: "G3", expected: 53.33, actual: 146.67 }],
    },
  ],
});
