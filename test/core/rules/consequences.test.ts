// Principle 3 of src/core/rules/precision.ts: one mistake, one finding. A cell that is wrong only
// because it follows another wrong cell (through a formula, or through a typed copy on the same
// row) is named in the first finding, not reported on its own.
import { detectTables } from "../../../src/core/detect";
import { runRules } from "../../../src/core/rules";
import { ENGINE_MESSAGES } from "../../../src/core/rules/engineMessages";
import { formatMessage } from "../../../src/core/rules/messages";
import { sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

function errors(spec: SheetSpec): Array<{ cell: string; rule: string; messageId?: string; message: string }> {
  const grid = sheet(spec);
  return runRules(detectTables(grid).map((table) => ({ table, grid })))
    .filter((f) => f.severity !== "info")
    .map((f) => ({ cell: f.cell, rule: f.rule, messageId: f.messageId, message: f.message }));
}

describe("consequences of one mistake", () => {
  it("a total over a typed copy of the wrong value on the same row is named, through that copy", () => {
    // realisasi 2024 (F) = four quarters (B..E); s.d. 2024 (H) = s.d. 2023 (G) + 2024, typed.
    // F5 is 30 000 000 over its quarters, and the planner typed H5 = G5 + F5 with it; the
    // program's H4 still holds the right sum, so H4 disagrees with H5 + H6 by the same 30 000 000.
    const rows = [
      [
        "Kode",
        "Realisasi Anggaran Triwulan",
        null,
        null,
        null,
        "Realisasi Anggaran 2024 (Rp)",
        "Realisasi Anggaran s.d. 2023 (Rp)",
        "Realisasi Anggaran s.d. 2024 (Rp)",
      ],
      [null, "I", "II", "III", "IV", null, null, null],
      ["1.02.02", 100e6, 200e6, 300e6, 400e6, 1000e6, 3000e6, 4000e6],
      ["1.02.02.2.01", 60e6, 120e6, 180e6, 240e6, 630e6, 1800e6, 2430e6],
      ["1.02.02.2.02", 40e6, 80e6, 120e6, 160e6, 400e6, 1200e6, 1600e6],
    ];
    const found = errors({
      name: "E81",
      rows: [["EVALUASI HASIL RENJA TAHUN 2024"], ...rows],
      merges: ["B2:E2", "A2:A3", "F2:F3", "G2:G3", "H2:H3"],
    });
    expect(found.map((f) => f.cell)).toEqual(["F5"]);
    // F5's own message (the year against its quarters), naming H4 as reached through H5
    expect(found[0]).toMatchObject({ rule: "sum-mismatch", messageId: "periodSum" });
    const through = formatMessage(ENGINE_MESSAGES, "throughCopy", { cell: "H4", copies: "H5" });
    expect(found[0].message).toContain(through.id);
  });

  it("a sisa column computed by =C6-D6 over the wrong total is not reported on its own", () => {
    const found = errors({
      name: "LRA",
      rows: [
        ["LAPORAN REALISASI ANGGARAN TAHUN 2024"],
        ["Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)"],
        ["1.02.01", "Program Penunjang", 500e6, 450e6, 50e6],
        ["1.02.01.2.01", "Administrasi Keuangan", 300e6, 280e6, 20e6],
        ["1.02.01.2.02", "Administrasi Umum", 200e6, 170e6, 30e6],
        ["JUMLAH", null, 520e6, 450e6, 70e6],
      ],
      formulas: { E3: "C3-D3", E4: "C4-D4", E5: "C5-D5", E6: "C6-D6" },
    });
    // the sisa follows the pagu and realisation it is computed from (sum-mismatch leaves it alone;
    // were it judged, precision.ts would follow the subtraction and name it in C6's finding)
    expect(found.map((f) => f.cell)).toEqual(["C6"]);
  });

  it("an unrelated difference of another amount stays its own finding", () => {
    const found = errors({
      name: "LRA",
      rows: [
        ["LAPORAN REALISASI ANGGARAN TAHUN 2024"],
        ["Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)"],
        ["1.02.01", "Program Penunjang", 500e6, 455e6],
        ["1.02.01.2.01", "Administrasi Keuangan", 300e6, 280e6],
        ["1.02.01.2.02", "Administrasi Umum", 200e6, 170e6],
        ["JUMLAH", null, 520e6, 455e6],
      ],
    });
    expect(found.map((f) => f.cell).sort()).toEqual(["C6", "D3"]);
  });
});
