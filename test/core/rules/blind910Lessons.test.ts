// What the eleventh and twelfth form sets (test/forms-blind9, test/forms-blind10) taught, with
// valid and invalid cases: a satisfaction survey graded on the IKM scale, a column of counts with
// a thousands dot read as a decimal point, rates named in English, contraceptive prevalence,
// a monthly report's ratio, an APBD-P recap, a funding table's "Jumlah 2025-2029".
import { predikatMismatch } from "../../../src/core/rules/predikatMismatch";
import { numberScale } from "../../../src/core/rules/numberScale";
import { percentOutOfRange } from "../../../src/core/rules/percentOutOfRange";
import { targetTrend } from "../../../src/core/rules/targetTrend";
import { targetOutlier } from "../../../src/core/rules/targetOutlier";
import { capaianMismatch } from "../../../src/core/rules/capaianMismatch";
import { sumMismatch } from "../../../src/core/rules/sumMismatch";
import { detectTables } from "../../../src/core/detect";
import { runRules } from "../../../src/core/rules";
import type { CellValue } from "../../../src/core/grid";
import { ruleTester, sheet, tabelTarget } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

// SKM (PermenPANRB 14/2017): the score of each unsur and its mutu A-D.
function skm(u3: number, mutu8: string): SheetSpec {
  const rows: CellValue[][] = [
    ["LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT (SKM) TAHUN 2024"],
    [],
    [
      "No",
      "Unsur Pelayanan",
      "Jumlah Nilai Persepsi",
      "NRR per Unsur",
      "Nilai Unsur (NRR x 25)",
      "Mutu Pelayanan",
    ],
    [1, "Persyaratan", 1247, 3.247, 81.18, "B"],
    [2, "Sistem, mekanisme dan prosedur", 1221, 3.18, 79.5, "B"],
    [3, "Waktu penyelesaian", u3, 3.029, 75.73, "C"],
    [4, "Biaya/tarif", 1392, 3.625, 90.63, "A"],
    [5, "Produk spesifikasi jenis pelayanan", 1268, 3.302, 82.55, "B"],
    [6, "Penanganan pengaduan, saran dan masukan", 1124, 2.927, 73.18, mutu8],
    [7, "Sarana dan prasarana", 1186, 3.089, 77.23, "B"],
  ];
  return { name: "SKM 2024", rows };
}

ruleTester(predikatMismatch, {
  valid: [{ name: "every mutu on the IKM scale (73,18 is C)", sheets: [skm(1163, "C")] }],
  invalid: [
    {
      name: "a B for a score of 73,18 (C on the IKM scale)",
      sheets: [skm(1163, "B")],
      findings: [{ sheet: "SKM 2024", cell: "F9", expected: "C", actual: "B", message: /65,00 - 76,60/ }],
    },
  ],
});

ruleTester(numberScale, {
  valid: [{ name: "a column of counts, all whole", sheets: [skm(1163, "C")] }],
  invalid: [
    {
      name: "1.163 read as 1,163 among counts of a thousand (a column no role names)",
      sheets: [skm(1.163, "C")],
      findings: [{ sheet: "SKM 2024", cell: "C6", expected: 1163, actual: 1.163 }],
    },
  ],
});

describe("a column of counts no role names: the thousands dot is a warning, not an info", () => {
  it("keeps its severity (the claim rests on the column's numbers)", () => {
    const grid = sheet(skm(1.163, "C"));
    const found = runRules(
      detectTables(grid).map((table) => ({ table, grid })),
      { rules: [numberScale] },
    );
    expect(found.map((f) => `${f.cell} ${f.severity}`)).toEqual(["C6 warning"]);
  });
});

const rsud = (rows: CellValue[][]): SheetSpec => tabelTarget("IKU RSUD", rows);

ruleTester(percentOutOfRange, {
  valid: [
    {
      name: "a cost recovery rate above 100 % is no share",
      sheets: [rsud([[1, "Cost Recovery Rate (CRR)", "%", 92, 95, 98, 101, 104]])],
    },
  ],
  invalid: [
    {
      name: "a share above 100 % still is",
      sheets: [rsud([[1, "Persentase pasien yang puas", "%", 92, 95, 98, 101, 99]])],
      findings: [{ sheet: "IKU RSUD", cell: "G2" }],
    },
  ],
});

ruleTester(targetOutlier, {
  valid: [
    {
      name: "a death rate falling steadily (per mil)",
      sheets: [rsud([[1, "Net Death Rate (NDR)", "per mil", 22, 21, 20, 19, 18]])],
    },
  ],
  invalid: [
    {
      name: "a rate per mil that breaks its path (19 typed 91)",
      sheets: [rsud([[1, "Net Death Rate (NDR)", "per mil", 22, 21, 20, 91, 18]])],
      findings: [{ sheet: "IKU RSUD", cell: "G2", actual: 91 }],
    },
  ],
});

ruleTester(targetTrend, {
  valid: [
    {
      name: "contraceptive prevalence rises: more users is better",
      sheets: [rsud([[1, "Angka prevalensi kontrasepsi modern (mCPR)", "%", 58.2, 58.8, 59.4, 60, 60.6]])],
    },
  ],
  invalid: [
    {
      name: "a disease's prevalence that rises is still questioned",
      sheets: [rsud([[1, "Prevalensi stunting pada balita", "%", 18, 17, 16, 16.5, 14]])],
      findings: [{ sheet: "IKU RSUD", cell: "G2", expected: 16, actual: 16.5 }],
    },
  ],
});

// A monthly report: "s.d. Bulan Lalu | Bulan Ini | s.d. Bulan Ini | %": the ratio divides the
// realisation to date by the pagu.
function bulanan(h3: number): SheetSpec {
  return {
    name: "Realisasi Des 2024",
    rows: [
      ["LAPORAN REALISASI FISIK DAN KEUANGAN BULAN DESEMBER TAHUN ANGGARAN 2024"],
      [],
      ["No", "Sub Kegiatan", "Pagu Anggaran (Rp)", "Realisasi Keuangan", null, null, null],
      [null, null, null, "s.d. Bulan Lalu (Rp)", "Bulan Ini (Rp)", "s.d. Bulan Ini (Rp)", "%"],
      [1, "Rehabilitasi Rumah bagi Korban Bencana", 1850000000, 1412600000, 396250000, 1808850000, 97.78],
      [2, "Pendataan Rumah Korban Bencana", 124500000, 98400000, 21300000, 119700000, 96.14],
      [3, "Penyediaan Sarana Air Limbah Domestik", 935000000, 612700000, 248450000, 861150000, 92.1],
      [4, "Penyediaan Penerangan Jalan Umum", 487500000, 203100000, 251462500, 454562500, h3],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:G3"],
  };
}

ruleTester(capaianMismatch, {
  valid: [{ name: "each % is s.d. Bulan Ini over the pagu", sheets: [bulanan(93.24)] }],
  invalid: [
    {
      name: "a % typed from another month",
      sheets: [bulanan(41.67)],
      findings: [{ sheet: "Realisasi Des 2024", cell: "G8", expected: 93.24, actual: 41.67 }],
    },
  ],
});

// An APBD-P recap: "Sebelum / Sesudah Perubahan > Belanja Operasi | Belanja Modal | Jumlah".
function dppa(g4: number): SheetSpec {
  return {
    name: "Rekap DPPA 2024",
    rows: [
      ["REKAPITULASI DPPA PROGRAM, KEGIATAN DAN SUB KEGIATAN TAHUN ANGGARAN 2024"],
      ["Kode", "Program / Kegiatan / Sub Kegiatan", "Sebelum Perubahan", null, "Sesudah Perubahan", null],
      [null, null, "Belanja Operasi", "Belanja Modal", "Belanja Operasi", "Belanja Modal"],
      ["1.06.01.2.07", "Pengadaan Barang Milik Daerah", 12500000, 613000000, 12500000, g4],
      ["1.06.01.2.07.0002", "Pengadaan Kendaraan Dinas", 0, 365000000, 0, 342500000],
      [
        "1.06.01.2.07.0006",
        "Pengadaan Peralatan dan Mesin Lainnya",
        12500000,
        248000000,
        12500000,
        412600000,
      ],
    ],
    merges: ["A2:A3", "B2:B3", "C2:D2", "E2:F2"],
  };
}

ruleTester(sumMismatch, {
  valid: [{ name: "a kegiatan's amounts before and after the amendment add up", sheets: [dppa(755100000)] }],
  invalid: [
    {
      name: "a kegiatan's Belanja Modal after the amendment short of its sub kegiatan",
      sheets: [dppa(751500000)],
      findings: [{ sheet: "Rekap DPPA 2024", cell: "F4", expected: 755100000, actual: 751500000 }],
    },
  ],
});

// A funding table: the yearly amounts and "Jumlah 2025-2029", programmes under sasaran subtotals.
function kerangka(h3: number): SheetSpec {
  const row = (kode: string, nama: string, ys: number[], total?: number): CellValue[] => [
    kode,
    nama,
    ...ys,
    total ?? ys.reduce((a, b) => a + b, 0),
  ];
  return {
    name: "Kerangka",
    rows: [
      ["Kode", "Program", "Proyeksi Pendanaan", null, null, null, null, "Jumlah 2025-2029"],
      [null, null, 2025, 2026, 2027, 2028, 2029, null],
      row("3.27.01", "Program Penunjang Urusan Pemerintahan Daerah", [22450, 23180, 23870, 24590, 25330]),
      row("3.27.03", "Program Penyediaan Prasarana Pertanian", [7480, 7620, 7390, 7410, 7280], h3),
      row("3.27.08", "Program Penyuluhan Pertanian", [3500, 3780, 3910, 4060, 4160]),
    ],
    merges: ["A1:A2", "B1:B2", "C1:G1", "H1:H2"],
  };
}

ruleTester(sumMismatch, {
  valid: [{ name: "each programme's Jumlah 2025-2029 adds its years", sheets: [kerangka(37180)] }],
  invalid: [
    {
      name: "a Jumlah 2025-2029 typed with two digits swapped",
      sheets: [kerangka(37810)],
      findings: [{ sheet: "Kerangka", cell: "H4", expected: 37180, actual: 37810 }],
    },
  ],
});
