// What forms-blind51 .. 52 taught (education and health offices of Aceh and Nusa Tenggara Timur;
// tourism, cooperatives and revenue offices of Jawa Timur and Sulawesi Utara): revenue received
// ("Penerimaan Bulan (Rp) > Jan") and money a school received ("Dana Diterima > Tahap I") are
// realisations; "% Penggunaan" is their ratio; "Jumlah Anak ... (Sasaran)" is an SPM's target; a
// number row may write a sum over a run of columns ("(9) = (3) s.d. (8)"); a column the capaian's
// own formula divides by the year's target is that year's realisation, and the counts its row SUM
// adds are offered as its parts.
import { classifyHeader } from "../../../src/core/detect/roles";
import { detectTables } from "../../../src/core/detect";
import { reportTable } from "../../../src/core/report/buildReport";
import { runRules } from "../../../src/core/rules";
import { sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

it("reads money received as a realisation, and its use as their ratio", () => {
  const role = (h: string): string => classifyHeader(h.split(" > ")).role;
  expect(role("Penerimaan Bulan (Rp) > Jan")).toBe("realisasi-anggaran");
  expect(role("Jumlah Penerimaan s.d. Des (Rp)")).toBe("realisasi-anggaran");
  expect(role("Target Penerimaan (Rp)")).toBe("anggaran");
  expect(role("Rencana Penerimaan (Rp)")).toBe("anggaran");
  expect(role("Dana Diterima (Rp) > Tahap I")).toBe("realisasi-anggaran");
  expect(role("% Penggunaan")).toBe("capaian");
  expect(role("Jumlah Anak Usia 16-18 Tahun (Sasaran)")).toBe("target");
});

const umkm = (e12: number, k8: number): SheetSpec => {
  const rows: Array<Array<string | number | null>> = [
    ["REKAPITULASI UMKM BINAAN MENURUT KECAMATAN DAN SEKTOR USAHA TAHUN 2024"],
    [
      "No",
      "Kecamatan",
      "Sektor Usaha (unit)",
      null,
      null,
      "Jumlah UMKM Binaan",
      "Target 2024",
      "Capaian (%)",
    ],
    ["No", "Kecamatan", "Kuliner", "Fesyen", "Kriya", "Jumlah UMKM Binaan", "Target 2024", "Capaian (%)"],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6) = (3) s.d. (5)", "(7)", "(8) = (6) : (7)"],
    [1, "Tondangow Tengah", 148, 62, 27, 237, 230, 103.04],
    [2, "Tondangow Utara", 117, 38, 19, 174, 180, k8],
    [3, "Kakaskasen Lama", 96, 45, 61, 202, 200, 101],
    ["JUMLAH", null, 361, 145, e12, 613, 610, 100.49],
  ];
  const formulas: Record<string, string> = {};
  for (const r of [5, 6, 7]) {
    formulas[`F${r}`] = `SUM(C${r}:E${r})`;
    if (r !== 6) formulas[`H${r}`] = `ROUND(F${r}/G${r}*100,2)`;
  }
  for (const c of ["C", "D", "F", "G"]) formulas[`${c}8`] = `SUM(${c}5:${c}7)`;
  return {
    name: "Rekap UMKM 2024",
    rows,
    merges: ["A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3", "H2:H3"],
    formulas,
  };
};

it("reads the capaian formula's numerator as the realisation, its SUM's counts as parts", () => {
  const g = sheet(umkm(107, 96.67));
  const [t] = detectTables(g);
  expect(t.numberRow).toBe(4);
  expect(reportTable(t).columns.map((c) => [c.column, c.role, c.year, c.guess])).toEqual([
    ["A", "no", undefined, undefined],
    ["B", "lokasi", undefined, undefined],
    ["C", "realisasi", 2024, true],
    ["D", "realisasi", 2024, true],
    ["E", "realisasi", 2024, true],
    ["F", "realisasi", 2024, undefined],
    ["G", "target", 2024, undefined],
    ["H", "capaian", 2024, undefined],
  ]);
  const found = (s: ReturnType<typeof sheet>): Array<[string, string]> =>
    runRules(detectTables(s).map((table) => ({ table, grid: s })))
      .filter((f) => f.severity !== "info")
      .map((f) => [f.rule, f.cell]);
  expect(found(g)).toEqual([]);
  // a typed capaian the realisation contradicts, and a JUMLAH short of its rows
  expect(found(sheet(umkm(97, 69.6)))).toEqual([
    ["capaian-mismatch", "H6"],
    ["sum-mismatch", "E8"],
  ]);
});
