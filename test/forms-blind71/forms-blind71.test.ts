// The seventy-first set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: produktivitas divides produksi by the TM area (never summed down the column), the NTP
// table's yearly figure is an AVERAGE, and the DPA's program and kegiatan rows add only their children.
import type ExcelJS from "exceljs";
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind71 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the seventy-first set of unseen standard-form workbooks", buildBlind71, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind71"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const formula = (wb: ExcelJS.Workbook, sheet: string, cell: string): string => {
      const v = wb.getWorksheet(sheet)!.getCell(cell).value as ExcelJS.CellFormulaValue;
      return v && typeof v === "object" && "formula" in v ? v.formula : "";
    };

    it("divides the sawit total produktivitas by the total TM area, not summing the column", () => {
      const { book: b, wb } = book("rekap-luas-produksi-sawit-");
      const [t] = b.expected().tables;
      const pv = String.fromCharCode(64 + colNumber(t.firstCol) + 7);
      const f = formula(wb, t.sheet, `${pv}${t.lastDataRow}`);
      expect(f.startsWith("ROUND(")).toBe(true);
      expect(f.includes("SUM")).toBe(false);
    });

    it("takes the NTP yearly figure as an AVERAGE of the months", () => {
      const { book: b, wb } = book("ntp-subsektor-");
      const [t] = b.expected().tables;
      const f = formula(wb, t.sheet, `D${t.lastDataRow}`);
      expect(f).toMatch(/^ROUND\(AVERAGE\(D\d+:D\d+\),2\)$/);
    });

    it("sums only the direct children in the DPA's program rows", () => {
      const { book: b, wb } = book("ringkasan-dpa-");
      const [t] = b.expected().tables;
      const f = formula(wb, t.sheet, `D${t.firstDataRow}`);
      expect(f.split("+").length).toBe(2);
    });
  },
});
