// The eighty-first set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own that the shared suite cannot express: the monthly recap adds the four types across and
// the months down with a Rata-rata row under the JUMLAH, the PK's target column names no year (the
// year is only in the title) and its Renstra stands on a second sheet, and the Jumlah percentage of
// the fasilitasi recap is the ratio of the totals.
import type ExcelJS from "exceljs";
import { getter, nonBlank, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind81 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the eighty-first set of unseen standard-form workbooks", buildBlind81, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind81"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const headTexts = (
      wb: ExcelJS.Workbook,
      t: { sheet: string; header: [number, number]; firstCol: string; lastCol: string },
    ) => {
      const get = getter(wb);
      const out: string[] = [];
      for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++)
        for (let r = t.header[0]; r <= t.header[1]; r++) {
          const v = get(t.sheet, r, c);
          if (nonBlank(v)) out.push(String(v));
        }
      return out;
    };

    it("adds the types across each month and puts a Rata-rata row under the JUMLAH", () => {
      const { book: b, wb } = book("rekap-bulanan-perda-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      expect(get(t.sheet, t.lastDataRow - 1, c0)).toBe("JUMLAH");
      expect(get(t.sheet, t.lastDataRow, c0)).toBe("Rata-rata per Bulan");
      const ws = wb.getWorksheet(t.sheet)!;
      let formulas = 0;
      for (let r = t.firstDataRow; r < t.firstDataRow + 12; r++) {
        const v = ws.getCell(r, c0 + 6).value;
        if (v && typeof v === "object" && "formula" in v) formulas++;
      }
      expect(formulas).toBe(11);
    });

    it("names no year in the PK's target header and keeps the Renstra on its own sheet", () => {
      const { book: b, wb } = book("perjanjian-kinerja-2025-");
      const [pk, ang, rs] = b.expected().tables;
      expect(pk.sheet).toBe("PK 2025");
      expect(ang.sheet).toBe("PK 2025");
      expect(rs.sheet).toBe("Renstra");
      expect(headTexts(wb, pk)).toContain("Target");
      expect(headTexts(wb, pk).filter((x) => /20\d\d/.test(x))).toEqual([]);
    });

    it("gives the fasilitasi recap's JUMLAH percentage as the ratio of the totals, not a sum", () => {
      const { book: b, wb } = book("rekap-fasilitasi-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const pct = get(t.sheet, t.lastDataRow, c0 + 6) as number;
      const ter = get(t.sheet, t.lastDataRow, c0 + 2) as number;
      const sel = get(t.sheet, t.lastDataRow, c0 + 3) as number;
      expect(pct).toBeCloseTo((sel / ter) * 100, 2);
      expect(pct).toBeLessThan(100);
    });
  },
});
