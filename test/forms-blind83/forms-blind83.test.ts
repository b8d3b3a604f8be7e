// The eighty-third set must not lie either (../forms/soundness.ts says what is checked), plus checks of
// its own: the Labang Nunuk year row adds the four quarter subtotals, the Haumeniana WNA share is a
// ratio formula in every column, the bridges table stands under the roads table on the same sheet,
// and the PK 2025 stands on its own sheet beside the IKU matrix.
import type ExcelJS from "exceljs";
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind83 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the eighty-third set of unseen standard-form workbooks", buildBlind83, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind83"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const formula = (wb: ExcelJS.Workbook, sheet: string, r: number, c: number): string => {
      const v = wb.getWorksheet(sheet)!.getCell(r, c).value;
      return v && typeof v === "object" && "formula" in v ? (v as ExcelJS.CellFormulaValue).formula : "";
    };

    it("adds the four quarter subtotals, not the months, in the Labang Nunuk year row", () => {
      const { book: b, wb } = book("rekap-bulanan-pelintas-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const bulan = colNumber(t.firstCol) + 1;
      const subs: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        if (String(ws.getCell(r, bulan).value).startsWith("Jumlah Triwulan")) subs.push(r);
      expect(subs.length).toBe(4);
      const f = formula(wb, t.sheet, t.lastDataRow, bulan + 1);
      expect(f.split("+").map((x) => Number(x.replace(/^[A-Z]+/, "")))).toEqual(subs);
    });

    it("writes the Haumeniana WNA share as a ratio formula in every value column", () => {
      const { book: b, wb } = book("rekap-triwulan-lintas-batas-");
      const [t] = b.expected().tables;
      for (let c = colNumber(t.firstCol) + 3; c < colNumber(t.lastCol); c++)
        expect([c, formula(wb, t.sheet, t.lastDataRow, c).startsWith("ROUND((")]).toEqual([c, true]);
    });

    it("stands the bridges table under the roads table on one sheet", () => {
      const { book: b } = book("rekap-kondisi-infrastruktur-");
      const [t1, t2] = b.expected().tables;
      expect(t1.sheet).toBe(t2.sheet);
      expect(t2.header[0]).toBeGreaterThan(t1.lastDataRow + 1);
    });

    it("keeps the PK 2025 on its own sheet beside the IKU matrix", () => {
      const { book: b } = book("matriks-iku-renstra-2025-2029-dan-pk-");
      expect(b.expected().tables.map((t) => t.sheet)).toEqual(["Matriks IKU", "PK 2025"]);
    });
  },
});
