// The seventy-seventh set must not lie either (../forms/soundness.ts says what is checked), plus a check
// of its own: the quarterly report takes the TW-IV value of a "posisi akhir" level and adds the quarters
// of a "kumulatif" flow.
import type ExcelJS from "exceljs";
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind75 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the seventy-seventh set of unseen standard-form workbooks", buildBlind75, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind75"),
  uniqueClean: true,
  extra: (loaded) => {
    it("takes the TW-IV value of a level and the sum of the quarters of a flow", () => {
      const { book: b, wb } = loaded().find((l) => l.book.file.startsWith("kinerja-triwulan-"))!;
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const kinds = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sifat = String(get(t.sheet, r, c0 + 3));
        kinds.add(sifat);
        const y = ws.getCell(r, c0 + 9).value as ExcelJS.CellFormulaValue;
        expect([r, y.formula.startsWith("SUM(")]).toEqual([r, sifat === "kumulatif"]);
      }
      expect(kinds).toEqual(new Set(["posisi akhir", "kumulatif"]));
    });
  },
});
