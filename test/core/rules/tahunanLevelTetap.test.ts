// levelTetap (src/core/rules/tahunan.ts): a count the same in every quarter and for the year, as
// its target is, is a level kept. Only numbers can be that; text, blanks and error values in the
// year or a quarter never make a row a level (the sum identities then judge it as they would).
import { detectTables } from "../../../src/core/detect";
import type { CellValue } from "../../../src/core/grid";
import { levelTetap } from "../../../src/core/rules/tahunan";
import { sheet } from "./ruleTester";

/** An E.81-like quarter table (target E, quarters F..I, year J) with one data row. */
function levelOf(target: CellValue, quarters: CellValue[], year: CellValue): boolean {
  const head = ["Kode", "Sub Kegiatan", "Indikator", "Satuan", "Target Renja Tahun 2024"];
  const g = sheet({
    name: "E81",
    rows: [
      ["Evaluasi terhadap Hasil Renja Sekretariat Daerah Tahun 2024"],
      [],
      [...head, "Realisasi Kinerja pada Triwulan", null, null, null, "Realisasi Kinerja Tahun 2024"],
      [...head, "I", "II", "III", "IV", "Realisasi Kinerja Tahun 2024"],
      [
        "4.01.01.2.09.0002",
        "Pemeliharaan Kendaraan Dinas",
        "Jumlah kendaraan dinas yang dipelihara",
        "unit",
        target,
        ...quarters,
        year,
      ],
      [
        "4.01.01.2.09.0010",
        "Pemeliharaan Rumah Jabatan",
        "Jumlah rumah jabatan yang dipelihara",
        "unit",
        6,
        0,
        2,
        2,
        2,
        6,
      ],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:I3", "J3:J4"],
  });
  const [table] = detectTables(g);
  const row = table.rows.find((r) => r.row === 5)!;
  expect(row).toBeDefined();
  return levelTetap(table, g, row, 10, [6, 7, 8, 9]);
}

describe("levelTetap", () => {
  it("reads 38 each quarter and for the year, against a target of 38, as a level", () => {
    expect(levelOf(38, [38, 38, 38, 38], 38)).toBe(true);
  });

  it("is no level when the target differs, or one quarter does", () => {
    expect(levelOf(40, [38, 38, 38, 38], 38)).toBe(false);
    expect(levelOf(38, [38, 38, 37, 38], 38)).toBe(false);
  });

  it("is no level when the year is text, blank or an error value", () => {
    expect(levelOf(38, [38, 38, 38, 38], "38")).toBe(false);
    expect(levelOf(38, [38, 38, 38, 38], null)).toBe(false);
    expect(levelOf(38, [38, 38, 38, 38], { error: "#REF!" })).toBe(false);
  });

  it("is no level when a quarter is text, blank or an error value", () => {
    expect(levelOf(38, [38, "38", 38, 38], 38)).toBe(false);
    expect(levelOf(38, [38, null, 38, 38], 38)).toBe(false);
    expect(levelOf(38, [38, 38, { error: "#N/A" }, 38], 38)).toBe(false);
  });

  it("is no level when the target is text or blank", () => {
    expect(levelOf("38", [38, 38, 38, 38], 38)).toBe(false);
    expect(levelOf(null, [38, 38, 38, 38], 38)).toBe(false);
  });
});
