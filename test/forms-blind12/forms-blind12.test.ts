// The fourteenth set must not lie either (../forms/soundness.ts says what is checked), plus checks of
// its own that the shared suite cannot express: the IFERROR formulas (written beside the kit's
// writer, which does not evaluate IFERROR) cache the result of their first argument, the helper
// column of the LKjIP measurement is hidden, the E.81 numbers its columns "Kolom 1" .. "Kolom 18",
// the E.80 pairs stand Rp before K, the two tables of the efisiensi sheet stand side by side, and
// the row-wise sheet is scored on its bounds only.
import type ExcelJS from "exceljs";
import { evaluate } from "../forms/kit";
import { getter, nonBlank, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind12 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the fourteenth set of unseen standard-form workbooks", buildBlind12, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind12"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const heads = (
      wb: ExcelJS.Workbook,
      t: { sheet: string; header: [number, number]; firstCol: string; lastCol: string },
    ) => {
      const get = getter(wb);
      const out: string[][] = [];
      for (let r = t.header[0]; r <= t.header[1]; r++) {
        const row: string[] = [];
        for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++)
          row.push(String(get(t.sheet, r, c) ?? ""));
        out.push(row);
      }
      return out;
    };

    it("caches the result of each IFERROR formula's first argument, and hides the helper column", () => {
      const { book: b, wb } = book("pengukuran-iferror-");
      const get = getter(wb);
      const ws = wb.getWorksheet("Pengukuran Kinerja 2024")!;
      const found: string[] = [];
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as ExcelJS.CellFormulaValue | null;
          if (!v || typeof v !== "object" || !("formula" in v) || !v.formula.startsWith("IFERROR(")) return;
          const inner = /^IFERROR\((.*),0\)$/.exec(v.formula)![1];
          expect([cell.address, v.result]).toEqual([cell.address, evaluate(inner, ws.name, get)]);
          found.push(cell.address);
        }),
      );
      expect(found).toHaveLength(4);
      const [t] = b.expected().tables;
      const h = heads(wb, t)[0];
      const pol = colNumber(t.firstCol) + h.findIndex((x) => x.startsWith("Polaritas"));
      expect(ws.getColumn(pol).hidden).toBe(true);
      expect(h.some((x) => x.includes("\n") && x.includes("  "))).toBe(true);
    });

    it("numbers the E.81 columns 'Kolom 1' .. 'Kolom 18' and stands the E.80 pairs Rp before K", () => {
      const e81 = book("e81-kolom-");
      const [t81] = e81.book.expected().tables;
      const nums = heads(e81.wb, t81).pop()!.filter(nonBlank);
      expect(new Set(nums)).toEqual(new Set(Array.from({ length: 18 }, (_, i) => `Kolom ${i + 1}`)));
      const e80 = book("e80-rpk-");
      const [t80] = e80.book.expected().tables;
      const last = heads(e80.wb, t80)[2].filter((x) => x === "K" || x === "Rp");
      expect(last).toEqual(Array.from({ length: 10 }).flatMap(() => ["Rp", "K"]));
    });

    it("stands the two LKjIP tables side by side with one empty column, the efisiensi table under them", () => {
      const { book: b } = book("efisiensi-sanding-");
      const [t1, t2, t3] = b.expected().tables;
      expect(t1.header[0]).toBe(t2.header[0]);
      expect(colNumber(t2.firstCol) - colNumber(t1.lastCol)).toBe(2);
      expect(t3.header[0]).toBeGreaterThan(Math.max(t1.lastDataRow, t2.lastDataRow) + 1);
    });

    it("scores the row-wise sheet on its bounds only, with Indikator / Target / Realisasi / Capaian (%) blocks per sasaran", () => {
      const { book: b, wb } = book("rencana-aksi-baris-");
      const t = b.expected().tables.find((x) => x.sheet === "Capaian Sasaran 2022-2024")!;
      expect(t.columns).toEqual({});
      const get = getter(wb);
      const u = colNumber(t.firstCol) + 1;
      const labels: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        labels.push(String(get(t.sheet, r, u)).split(":")[0]);
      const block = ["Indikator", "Target", "Realisasi", "Capaian (%)"];
      expect(labels).toEqual([
        "Sasaran 1",
        ...block,
        ...block,
        "Sasaran 2",
        ...block,
        ...block,
        "Sasaran 3",
        ...block,
      ]);
    });
  },
});
