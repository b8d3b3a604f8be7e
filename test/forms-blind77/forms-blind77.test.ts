// The seventy-seventh set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the fire recap's yearly waktu tanggap is an average (never a SUM), its two sheets count
// the same kejadian except for the planted swap, the SPM year row is the ratio of its own totals and
// the Renstra's kondisi akhir of the response time is its last target.
import type ExcelJS from "exceljs";
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind77 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the seventy-seventh set of unseen standard-form workbooks", buildBlind77, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind77"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const formula = (wb: ExcelJS.Workbook, sheet: string, row: number, col: number): string => {
      const v = wb.getWorksheet(sheet)!.getCell(row, col).value as ExcelJS.CellFormulaValue;
      return v && typeof v === "object" && "formula" in v ? v.formula : "";
    };

    it("averages the waktu tanggap of the fire recap and never adds it", () => {
      const { book: b, wb } = book("rekap-kejadian-");
      for (const t of b.expected().tables) {
        const col = colNumber(t.firstCol) + 6;
        expect(formula(wb, t.sheet, t.lastDataRow, col)).toMatch(/^ROUND\(AVERAGE\(/);
      }
    });

    it("counts 128 kejadian by month and 110 by kecamatan (the planted swap)", () => {
      const { book: b, wb } = book("rekap-kejadian-");
      const get = getter(wb);
      const [t1, t2] = b.expected().tables;
      expect(t1.sheet).not.toBe(t2.sheet);
      const c = colNumber(t1.firstCol) + 2;
      expect(get(t1.sheet, t1.lastDataRow, c)).toBe(128);
      expect(get(t2.sheet, t2.lastDataRow, c)).toBe(110);
    });

    it("takes the SPM year's persentase from its own totals", () => {
      const { book: b, wb } = book("spm-evakuasi-");
      const [t] = b.expected().tables;
      const c0 = colNumber(t.firstCol);
      const get = getter(wb);
      const h = get(t.sheet, t.lastDataRow, c0 + 2) as number;
      const d = get(t.sheet, t.lastDataRow, c0 + 3) as number;
      expect(get(t.sheet, t.lastDataRow, c0 + 5)).toBeCloseTo((d / h) * 100, 2);
      expect(get(t.sheet, t.lastDataRow, c0 + 6)).toBe(100);
    });

    it("ends the Renstra's response time at its last target, with three header rows", () => {
      const { book: b } = book("tc27-renstra-");
      const [t] = b.expected().tables;
      expect(t.header[1] - t.header[0]).toBe(3);
      expect(Object.values(t.columns).filter((r) => r === "kondisi-akhir")).toHaveLength(1);
    });
  },
});
