// A T-C.27 of five years for the lessons' tests: "Tahun ke-1 .. 5 > Target | Rp" from column D,
// its kondisi akhir K in column N and Rp in O, the rows from row 4, notes under a blank row.
import type { SheetSpec } from "./ruleTester";

const TAHUN = [
  "Tahun ke-1",
  null,
  "Tahun ke-2",
  null,
  "Tahun ke-3",
  null,
  "Tahun ke-4",
  null,
  "Tahun ke-5",
  null,
];

export function tc27Sheet(
  title: string,
  rows: (string | number | null)[][],
  formulas: Record<string, string>,
  notes: string[] = [],
): SheetSpec {
  return {
    name: "T-C.27",
    rows: [
      [title],
      ["Kode", "Indikator", "Satuan", ...TAHUN, "Kondisi Kinerja pada Akhir Periode Renstra", null],
      ["Kode", "Indikator", "Satuan", ...Array(6).fill(["Target", "Rp"]).flat()],
      ...rows,
      ...(notes.length ? [[], ...notes.map((n) => [n])] : []),
    ],
    merges: ["D2:E2", "F2:G2", "H2:I2", "J2:K2", "L2:M2", "N2:O2"],
    formulas,
  };
}
