import { serapanOver100 } from "../../../src/core/rules/serapanOver100";
import type { CellValue } from "../../../src/core/grid";
import { ruleTester } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";
import { bl, btl, rest232, tabel232 } from "../../fixtures/sheets/blitar232";
import { withCell } from "../../fixtures/sheets/variant";
import { bospRekap } from "../../fixtures/sheets/bospRekap";

// Kota Blitar Renstra Tabel 6.1 (2022): Renstra target K / Rp and realisation K / Rp. The target
// Rp is an indicative plan, not a ceiling.
const tabel61 = (rows: CellValue[][]): SheetSpec => ({
  name: "Tabel 6.1",
  rows: [
    [
      "Kode",
      "Urusan/Bidang Urusan Pemerintah Daerah dan Program/Kegiatan/ Sub Kegiatan",
      "Indikator",
      "Satuan",
      "Data Awal Tahun 2020",
      "Target Kinerja Program, Kegiatan dan Sub Kegiatan Tahun 2022",
      null,
      "Realisasi Kinerja Program, Kegiatan dan Sub Kegiatan Tahun 2022",
      null,
    ],
    [null, null, null, null, null, "K", "Rp", "K", "Rp"],
    ...rows,
  ],
  merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:G1", "H1:I1"],
});

// A Renja evaluation style table: pagu (DPA) and realisation per quarter year, with a ratio.
const renja = (rows: CellValue[][]): SheetSpec => ({
  rows: [
    ["No", "Program/Kegiatan", "Pagu Anggaran 2023", "Realisasi Anggaran 2023", "Rasio Serapan 2023 (%)"],
    ...rows,
  ],
});

ruleTester(serapanOver100, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    {
      name: "Tabel 2.3.2 as printed (Belanja Pegawai 2021: 0 / 0 printed 100)",
      sheets: [tabel232([btl, bl, ...rest232])],
    },
    {
      name: "Tabel 6.1: realisation above the Renstra's indicative Rp is not overspending",
      sheets: [
        tabel61([
          [
            "1.06.01",
            "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
            "Indeks Kepuasan Masyarakat (IKM)",
            "Indeks",
            "Baik 81,3",
            "Baik 82",
            4105281869,
            "Baik 82,7",
            4580924555,
          ],
          [
            "1.06.01.2.01",
            "Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            "Persentase penyusunan dokumen perencanaan dan pelaporan yang tepat waktu",
            "%",
            100,
            100,
            12981800,
            100,
            43946500,
          ],
        ]),
      ],
    },
    {
      name: "funds used within what was handed over (BOSP, forms-blind196)",
      sheets: [bospRekap(1801750000)],
    },
    {
      name: "blank, dash, NA, text, zero pagu and exactly 100 %",
      sheets: [
        renja([
          [1, "A", 1000, null, null],
          [2, "B", "-", 500, 50],
          [3, "C", 1000, "NA", "NA"],
          [4, "D", 0, 0, 100],
          [5, "E", 1000, 1000, 100],
          [6, "F", 1000, 999.6, 100.0],
          [7, "G", "belum ada", 1200, "-"],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: "Belanja Modal 2020 realised above its pagu",
      sheets: [tabel232([withCell(rest232[2], 9, 285819300)])],
      findings: [
        {
          sheet: "T 2.3.2",
          cell: "J5",
          expected: 285819200,
          actual: 285819300,
          messageId: "overPagu",
          data: { name: "Belanja Modal: ", year: " 2020", realisation: 285819300, pagu: 285819200 },
        },
      ],
    },
    {
      name: "a ratio printed above 100 while the amounts are within the pagu",
      sheets: [tabel232([withCell(btl, 14, 187.84)])],
      findings: [
        {
          sheet: "T 2.3.2",
          cell: "O5",
          expected: 100,
          actual: 187.84,
          messageId: "ratioOver100",
          data: { name: "Belanja Tidak Langsung: ", year: " 2020", ratio: 187.84 },
        },
      ],
    },
    {
      name: "funds used above what was handed over (BOSP, forms-blind196)",
      sheets: [bospRekap(2463750000)],
      findings: [
        {
          cell: "H6",
          expected: 1863000000,
          actual: 2463750000,
          messageId: "overDiterima",
          data: {
            name: "Landasan Kecil: ",
            year: " 2024",
            realisation: 2463750000,
            pagu: 1863000000,
            used: "Sekolah Menengah Pertama (SMP) > Realisasi Penggunaan (Rp)",
            received: "Sekolah Menengah Pertama (SMP) > Dana Disalurkan (Rp)",
          },
        },
      ],
    },
    {
      name: "a Renja pagu exceeded (the ratio is not reported again)",
      sheets: [renja([[1, "Program X", 1000000, 1250000, 125]])],
      findings: [
        {
          cell: "D2",
          expected: 1000000,
          actual: 1250000,
          messageId: "overPagu",
          data: { name: "Program X: ", year: " 2023", realisation: 1250000, pagu: 1000000, absorption: 125 },
        },
      ],
    },
  ],
});
