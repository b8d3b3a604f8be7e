// code-format: a code's shape against the regulation for the table's year.
import { codeFormat } from "../../../src/core/rules/codeFormat";
import { ruleTester } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

function renja(title: string, year: number, codes: string[]): SheetSpec {
  return {
    name: "Renja",
    rows: [
      [title],
      ["Kode", "Program / Kegiatan / Sub Kegiatan", `Pagu ${year} (Rp)`],
      ...codes.map((c, i) => [c, `Uraian ${i + 1}`, 100_000_000 * (i + 1)]),
    ],
  };
}

const kab = "RENCANA KERJA DINAS SOSIAL KABUPATEN CONTOH TAHUN 2025";

ruleTester(codeFormat, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    {
      name: "a kabupaten's codes of 2025: kegiatan digit 2, sub kegiatan of 4 digits",
      sheets: [renja(kab, 2025, ["1.06.01", "1.06.01.2.01", "1.06.01.2.01.0001", "1.06.01.2.01.0002"])],
    },
    {
      name: "a province's own kegiatan digit 1",
      sheets: [
        renja("RENCANA KERJA DINAS SOSIAL PROVINSI CONTOH TAHUN 2025", 2025, [
          "1.06.01",
          "1.06.01.1.01",
          "1.06.01.1.01.0001",
        ]),
      ],
    },
    {
      name: "2-digit sub kegiatan in a 2021 table",
      sheets: [
        renja("RENCANA KERJA KABUPATEN CONTOH TAHUN 2021", 2021, [
          "1.06.01",
          "1.06.01.2.01",
          "1.06.01.2.01.01",
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: "a template code never filled in",
      sheets: [renja(kab, 2025, ["1.06.01", "1.06.01.2.01", "1.XX.01.2.01.0001"])],
      findings: [
        {
          cell: "A5",
          actual: "1.XX.01.2.01.0001",
          messageId: "templateCode",
          data: { code: "1.XX.01.2.01.0001" },
        },
      ],
    },
    {
      name: "a provincial kegiatan digit in a kabupaten's table",
      sheets: [renja(kab, 2025, ["1.06.01", "1.06.01.1.01", "1.06.01.1.01.0001"])],
      findings: [
        { cell: "A4", messageId: "provinceDigit", data: { code: "1.06.01.1.01", example: "1.06.01.2.01" } },
      ],
    },
    {
      name: "2-digit sub kegiatan in a 2025 table (info)",
      sheets: [renja(kab, 2025, ["1.06.01", "1.06.01.2.01", "1.06.01.2.01.01", "1.06.01.2.01.02"])],
      findings: [{ cell: "A5", messageId: "subDigitsOld", data: { year: "2025", code: "1.06.01.2.01.01" } }],
    },
  ],
});
