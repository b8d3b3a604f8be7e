// The eightieth set must not lie either (../forms/soundness.ts says what is checked), plus checks of
// its own: the IKD matrix's kondisi akhir is the 2026 target in every row, the Batu Lappa book holds
// its poverty table on a second sheet, the cascading sums of tujuan and sasaran are formulas, and the
// Danu Batur LKjIP stands the budget table under the capaian table.
import type ExcelJS from "exceljs";
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind80 } from "./build";

soundnessSuite("the eightieth set of unseen standard-form workbooks", buildBlind80, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind80"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const formula = (wb: ExcelJS.Workbook, sheet: string, cell: string): string | null => {
      const v = wb.getWorksheet(sheet)!.getCell(cell).value as ExcelJS.CellFormulaValue | null;
      return v && typeof v === "object" && "formula" in v ? v.formula : null;
    };

    it("takes the IKD kondisi akhir as the 2026 target in every row", () => {
      const { book: b, wb } = book("matriks-ikd-");
      const [t] = b.expected().tables;
      const ka = Object.entries(t.columns).find(([, r]) => r === "kondisi-akhir")![0];
      const y26 = Object.entries(t.columns).find(
        ([, r]) => Array.isArray(r) && r[0] === "target" && r[1] === 2026,
      )![0];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        expect(formula(wb, t.sheet, `${ka}${r}`)).toBe(`${y26}${r}`);
        expect(getter(wb)(t.sheet, r, 1)).toBe(r - t.firstDataRow + 1);
      }
    });

    it("holds the Batu Lappa poverty table on a second sheet", () => {
      const { book: b } = book("evaluasi-ikd-");
      expect(b.expected().tables.map((t) => t.sheet)).toEqual(["Evaluasi IKD", "Miskin Kecamatan"]);
    });

    it("writes the cascading pagu of every tujuan and sasaran as a formula", () => {
      const { book: b, wb } = book("cascading-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      let n = 0;
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const lvl = get(t.sheet, r, 1);
        if (lvl === "Tujuan" || lvl === "Sasaran") {
          expect([r, formula(wb, t.sheet, `G${r}`) !== null]).toEqual([r, true]);
          n++;
        }
      }
      expect(n).toBe(5);
    });

    it("stands the Danu Batur budget table under the capaian table", () => {
      const { book: b } = book("lkjip-ringkasan-");
      const [t1, t2] = b.expected().tables;
      expect(t1.sheet).toBe(t2.sheet);
      expect(t2.header[0]).toBeGreaterThan(t1.lastDataRow + 1);
    });
  },
});
