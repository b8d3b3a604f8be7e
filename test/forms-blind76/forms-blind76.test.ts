// The seventy-sixth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the IDM sheet holds two tables one under the other, the APBDes recap's surplus and SiLPA
// columns are formulas in every desa row, and the Renstra's kondisi akhir is a SUM only for the count.
import type ExcelJS from "exceljs";
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind76 } from "./build";

soundnessSuite("the seventy-sixth set of unseen standard-form workbooks", buildBlind76, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind76"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const formula = (wb: ExcelJS.Workbook, sheet: string, cell: string): string | null => {
      const v = wb.getWorksheet(sheet)!.getCell(cell).value as ExcelJS.CellFormulaValue | null;
      return v && typeof v === "object" && "formula" in v ? v.formula : null;
    };

    it("stands the IDM trend table under the status table on the same sheet", () => {
      const { book: b } = book("status-idm-");
      const [t1, t2] = b.expected().tables;
      expect(t1.sheet).toBe(t2.sheet);
      expect(t2.header[0]).toBeGreaterThan(t1.lastDataRow + 1);
    });

    it("writes the APBDes surplus and SiLPA as formulas in every desa row", () => {
      const { book: b, wb } = book("rekap-apbdes-");
      const [t] = b.expected().tables;
      for (let r = t.firstDataRow; r < t.lastDataRow; r++)
        for (const c of ["N", "P"])
          expect([c + r, formula(wb, t.sheet, c + r) !== null]).toEqual([c + r, true]);
      expect(getter(wb)(t.sheet, t.lastDataRow, 1)).toBe("JUMLAH");
    });

    it("takes the Renstra kondisi akhir as a SUM only for the BUMDes count and the planted rate", () => {
      const { book: b, wb } = book("pk-renstra-");
      const t = b.expected().tables.find((x) => x.sheet === "Renstra")!;
      const sums: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        if ((formula(wb, t.sheet, `${t.lastCol}${r}`) ?? "").startsWith("SUM("))
          sums.push(r - t.firstDataRow + 1);
      expect(sums).toEqual([2, 4]);
    });
  },
});
