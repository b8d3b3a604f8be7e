import { sumMismatch } from "../../../src/core/rules/sumMismatch";
import { findingsOf, ruleTester } from "./ruleTester";
import type { CellValue } from "../../../src/core/grid";
import { years } from "../../fixtures/sheets/blitar231";
import { anggaranRealisasi, bl, btl, head232, merges232, rest232 } from "../../fixtures/sheets/blitar232";

// Kota Blitar Renstra Tabel 2.3.2 (second part): anggaran and realisasi 2017-2021, as printed.
const head = head232.map(anggaranRealisasi);
const merges = merges232.slice(0, 3);
const [BTL, BL] = [btl, bl].map(anggaranRealisasi);
const [PEG, BJ, MOD, TOTAL] = rest232.map(anggaranRealisasi);

// The same table made consistent: Belanja Langsung = its parts, TOTAL = BTL + BL.
const sum = (...rows: CellValue[][]): number[] =>
  years.concat(years).map((_, i) => rows.reduce((s, r) => s + (r[i + 1] as number), 0));
const BLok = ["Belanja Langsung", ...sum(PEG, BJ, MOD)];
const TOTALok = ["TOTAL", ...sum(BTL, BLok)];

ruleTester(sumMismatch, {
  valid: [
    {
      name: "Tabel 2.3.2 with consistent sums",
      sheets: [
        { name: "T 2.3.2", rows: [...head, ["BELANJA DAERAH"], BTL, BLok, PEG, BJ, MOD, TOTALok], merges },
      ],
    },
    {
      name: "a program's Rp is the sum of its kegiatan's, a kegiatan's of its sub kegiatan's (K is not summed)",
      sheets: [
        {
          rows: [
            ["Kode", "Program/Kegiatan", "Indikator", "Target 2024", null],
            [null, null, null, "K", "Rp"],
            ["1.06.02", "Program Pemberdayaan Sosial", "Persentase PSKS aktif", 100, 150000000],
            ["1.06.02.2.01", "Pengumpulan Sumbangan", "Jumlah izin", 5, 100000000],
            ["1.06.02.2.01.0001", "Penerbitan Izin", "Jumlah izin terbit", 5, 60000000],
            ["1.06.02.2.01.0002", "Pengawasan", "Jumlah laporan", 2, 40000000],
            ["1.06.02.2.02", "Pengelolaan Data", "Jumlah data", 1, 50000000],
            ["1.06.02.2.02.0001", "Pemutakhiran Data", "Jumlah data", 1, 50000000],
          ],
          merges: ["D1:E1"],
        },
      ],
    },
  ],
  invalid: [
    {
      name: "the seed: Belanja Langsung 2017 is 22.000.000 short while TOTAL agrees with the parts, and the other slips",
      sheets: [
        { name: "T 2.3.2", rows: [...head, ["BELANJA DAERAH"], BTL, BL, PEG, BJ, MOD, TOTAL], merges },
      ],
      findings: [
        {
          sheet: "T 2.3.2",
          cell: "B6",
          expected: 20822284676,
          actual: 20800284676,
          message: /total sudah sesuai/,
        },
        { sheet: "T 2.3.2", cell: "D6", expected: 23454719500, actual: 23452719500 },
        { sheet: "T 2.3.2", cell: "E6", expected: 21434874461, actual: 21434854461 },
        { sheet: "T 2.3.2", cell: "F6", expected: 23309279114, actual: 23309298114 },
        { sheet: "T 2.3.2", cell: "F10", expected: 26472926214, actual: 26472917214 },
        { sheet: "T 2.3.2", cell: "H6", expected: 23277063763, actual: 23276063763 },
        { sheet: "T 2.3.2", cell: "K6", expected: 23309279114, actual: 23309289114 },
      ],
    },
    {
      name: "a kegiatan whose Rp is not the sum of its sub kegiatan",
      sheets: [
        {
          rows: [
            ["Kode", "Program/Kegiatan", "Indikator", "Target 2024", null],
            [null, null, null, "K", "Rp"],
            ["1.06.02", "Program Pemberdayaan Sosial", "Persentase PSKS aktif", 100, 100000000],
            ["1.06.02.2.01", "Pengumpulan Sumbangan", "Jumlah izin", 5, 100000000],
            ["1.06.02.2.01.0001", "Penerbitan Izin", "Jumlah izin terbit", 5, 60000000],
            ["1.06.02.2.01.0002", "Pengawasan", "Jumlah laporan", 2, 45000000],
          ],
          merges: ["D1:E1"],
        },
      ],
      findings: [{ cell: "E4", expected: 105000000, actual: 100000000 }],
    },
  ],
});

describe("sum-mismatch follows what the sheet's own SUM says", () => {
  const rows = (c2: number): CellValue[][] => [
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Pagu 2024 (Rp)"],
    ["1.06.04.2.01", "Rehabilitasi Sosial Dasar", "Jumlah PMKS direhabilitasi", c2],
    ["1.06.04.2.01.0001", "Penyediaan Permakanan", "Jumlah penerima permakanan", 400_000_000],
    [null, null, "Jumlah paket sandang yang disalurkan", 150_000_000],
    ["1.06.04.2.01.0006", "Reunifikasi Keluarga", "Jumlah PMKS direunifikasi", 250_000_000],
  ];
  it("a SUM over rows the grouping did not read as children, adding up, is trusted", () => {
    const f = findingsOf(sumMismatch, [{ rows: rows(800_000_000), formulas: { D2: "SUM(D3:D5)" } }]);
    expect(f).toEqual([]);
  });
  it("a SUM whose range stops short of the children is still a wrong total", () => {
    const f = findingsOf(sumMismatch, [{ rows: rows(400_000_000), formulas: { D2: "SUM(D3:D3)" } }]);
    expect(f.map((x) => x.cell)).toEqual(["D2"]);
  });
  it("a SUM that adds a kegiatan and its own sub kegiatan counts them twice, and is reported", () => {
    const sheetRows: CellValue[][] = [
      ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Pagu 2024 (Rp)"],
      ["1.06.04", "Program Rehabilitasi Sosial", "Persentase PMKS direhabilitasi", 1_300_000_000],
      ["1.06.04.2.01", "Rehabilitasi Sosial Dasar", "Jumlah PMKS direhabilitasi", 650_000_000],
      ["1.06.04.2.01.0001", "Penyediaan Permakanan", "Jumlah penerima permakanan", 400_000_000],
      ["1.06.04.2.01.0006", "Reunifikasi Keluarga", "Jumlah PMKS direunifikasi", 250_000_000],
    ];
    const f = findingsOf(sumMismatch, [
      { rows: sheetRows, formulas: { D2: "SUM(D3:D5)", D3: "SUM(D4:D5)" } },
    ]);
    expect(f.map((x) => `${x.cell} ${x.expected}`)).toEqual(["D2 650000000"]);
  });
});
