import { duplicateCode } from "../../../src/core/rules/duplicateCode";
import type { CellValue } from "../../../src/core/grid";
import { findingsOf, ruleTester } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";
import { rowOf, tabel61 as tabel61Replaced } from "../../fixtures/sheets/blitar61";

// Kota Blitar Renstra Tabel 6.1 as the seed fixture transcribes it, with its mis-coded sub
// kegiatan 1.06.01.2.02 as printed or corrected to 1.06.01.2.08.02.
const tabel61 = (fix: boolean): SheetSpec =>
  tabel61Replaced(fix ? [["1.06.01.2.02", "sub-kegiatan", "1.06.01.2.08.02"]] : []);

// A program table with a header repeated after a page break.
const head: CellValue[][] = [
  ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Target Kinerja Tahun 2022", null],
  [null, null, null, null, "K", "Rp"],
];
const merges = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1"];
const rows = (over: CellValue[][] = []): CellValue[][] => [
  ...head,
  ["1.06", "Urusan Pemerintahan Bidang Sosial"],
  [
    "1.06.01",
    "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    "Indeks Kepuasan Masyarakat",
    "Indeks",
    "Baik 82",
    4105281869,
  ],
  [
    "1.06.01.2.01",
    "Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
    "Persentase dokumen tepat waktu",
    "%",
    100,
    12981800,
  ],
  [
    "1.06.01.2.01.0001",
    "Sub Kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah",
    "Jumlah dokumen perencanaan",
    "dok",
    6,
    7931600,
  ],
  ...over,
];

ruleTester(duplicateCode, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    { name: "Tabel 6.1 with the mis-coded sub kegiatan corrected", sheets: [tabel61(true)] },
    {
      name: "a header and the bidang row repeated after a page break; second indicators without or with the same code",
      sheets: [
        {
          rows: rows([
            [null, null, "Jumlah event yang diikuti", "even", 3, null],
            ...head,
            ["1.06", "Urusan Pemerintahan Bidang Sosial"],
            [
              "1.06.01.2.01.0006",
              "Sub Kegiatan Koordinasi dan Penyusunan Laporan Capaian Kinerja",
              "Jumlah laporan",
              "dok",
              11,
              5050200,
            ],
            ["1.06.01.2.01.0006", null, "Jumlah dokumen evaluasi", "dok", 2, null],
            [
              "1.06.01.2.01.0006",
              "Sub Kegiatan Koordinasi dan Penyusunan Laporan Capaian Kinerja",
              "Jumlah rapat",
              "kali",
              4,
              null,
            ],
          ]),
          merges,
        },
      ],
    },
  ],
  invalid: [
    {
      name: "the seed: a sub kegiatan printed with the code of kegiatan Administrasi Keuangan",
      sheets: [tabel61(false)],
      findings: [
        {
          sheet: "T 6.1",
          cell: `A${rowOf("1.06.01.2.02", "sub-kegiatan")}`,
          actual: "1.06.01.2.02",
          messageId: "usedBefore",
          data: {
            firstCell: `A${rowOf("1.06.01.2.02", "kegiatan")}`,
            firstName: ' ("Kegiatan Administrasi Keuangan Perangkat Daerah")',
          },
        },
      ],
    },
    {
      name: "the same sub kegiatan code further down, and a zero-padded form of a kegiatan code",
      sheets: [
        {
          rows: rows([
            [
              "1.06.01.2.02",
              "Kegiatan Administrasi Keuangan Perangkat Daerah",
              "Persentase laporan keuangan",
              "%",
              100,
              3418526295,
            ],
            [
              "1.06.01.2.01.0001",
              "Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN",
              "Jumlah ASN",
              "Org",
              27,
              3413594895,
            ],
            ["1.06.01.02.01", "Kegiatan Perencanaan", "Persentase", "%", 100, 100],
          ]),
          merges,
        },
      ],
      findings: [
        {
          cell: "A8",
          actual: "1.06.01.2.01.0001",
          messageId: "usedBefore",
          data: { code: "1.06.01.2.01.0001", firstCell: "A6", written: { id: "", en: "" } },
        },
        {
          cell: "A9",
          actual: "1.06.01.02.01",
          messageId: "usedBefore",
          data: { code: "1.06.01.02.01", firstCell: "A5" },
        },
      ],
    },
  ],
});

describe("duplicate-code", () => {
  it("is an error without a fix", () => {
    const f = findingsOf(duplicateCode, [tabel61(false)]);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("error");
    expect(f[0].fix).toBeUndefined();
  });
});
