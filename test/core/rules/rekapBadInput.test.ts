// The recap checks of stop 14 (core/rules/rekapHitungan, anggaranKas, totalSelaras) on bad input:
// a blank, a "-", text and an error value among the counts make no claim and break nothing.
import { detectTables } from "../../../src/core/detect";
import { runRules } from "../../../src/core/rules";
import { sheet } from "./ruleTester";
import type { CellValue } from "../../../src/core/grid";

function run(rows: CellValue[][], formulas: Record<string, string> = {}, merges: string[] = []) {
  const g = sheet({ name: "S", rows, formulas, merges });
  const tables = detectTables(g);
  // the table is read (the checks run on it): else the test would prove nothing
  expect(tables).toHaveLength(1);
  return runRules(tables.map((table) => ({ table, grid: g }))).filter((f) => f.severity !== "info");
}

const ERR = { error: "#REF!" } as unknown as CellValue;

it("a recap of counts with a blank, a dash, text and an error value: no claim on those cells", () => {
  const rows: CellValue[][] = [
    ["REKAPITULASI PEMANTAUAN TINDAK LANJUT HASIL PEMERIKSAAN"],
    ["No", "Obyek Pemeriksaan", "Jumlah Rekomendasi", "Status Tindak Lanjut", null, null],
    ["No", "Obyek Pemeriksaan", "Jumlah Rekomendasi", "Sesuai", "Dalam Proses", "Belum"],
    [1, 2, 3, 4, 5, 6],
    [1, "Dinas Pendidikan", 41, 31, 6, 4],
    [2, "Dinas Kesehatan", 28, 22, null, 6],
    [3, "RSUD Provinsi", 25, 15, "-", 10],
    [4, "Dinas PUPR", 40, 26, "tujuh", 7],
    [5, "BPKAD", 24, 19, ERR, 5],
    [6, "Dinas Sosial", 9, 9, 0, 0],
    ["JUMLAH", null, 167, 122, 6, 32],
  ];
  expect(
    run(rows, { C11: "SUM(C5:C10)", D11: "SUM(D5:D10)", F11: "SUM(F5:F10)" }, [
      "A2:A3",
      "B2:B3",
      "C2:C3",
      "D2:F2",
    ]),
  ).toEqual([]);
});

it("a cash plan with a blank quarter or a text pagu: no claim", () => {
  const row = (kode: string, pagu: CellValue, q: CellValue[]): CellValue[] => [kode, "Kegiatan", pagu, ...q];
  expect(
    run(
      [
        ["REKAPITULASI DPA DAN ANGGARAN KAS TAHUN ANGGARAN 2025"],
        ["Kode", "Program / Kegiatan", "Pagu DPA 2025 (Rp)", "Anggaran Kas (Rp)", null, null, null],
        [
          "Kode",
          "Program / Kegiatan",
          "Pagu DPA 2025 (Rp)",
          "Triwulan I",
          "Triwulan II",
          "Triwulan III",
          "Triwulan IV",
        ],
        row("3.26.01.2.02", 1_000_000, [250_000, 250_000, null, 250_000]),
        row("3.26.01.2.06", "belum ditetapkan", [100_000, 100_000, 100_000, 100_000]),
        row("3.26.02.2.01", 0, [0, 0, 0, 0]),
        row("3.26.02.2.02", 400_000, [100_000, ERR, 100_000, 100_000]),
      ],
      {},
      ["A2:A3", "B2:B3", "C2:C3", "D2:G2"],
    ),
  ).toEqual([]);
});
