// The twenty-fifth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own that the shared suite cannot express: the E.79's year K is the Triwulan IV value of a
// level and the sum of the quarters of a count, the LKjIP's national capaian is typed and "-" where
// no national target exists, the PK's Keterangan says "Tetap" exactly where Semula = Menjadi, and
// the monthly report's JUMLAH serapan divides the totals.
import type ExcelJS from "exceljs";
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind25 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the twenty-fifth set of unseen standard-form workbooks", buildBlind25, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind25"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const col = (t: { firstCol: string }, k: number) => colNumber(t.firstCol) + k;

    it("takes the Triwulan IV K of a level and adds the quarters of a count in the E.79", () => {
      const { book: b, wb } = book("e79-urusan-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const kinds = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sat = ws.getCell(r, col(t, 4)).value;
        const y = ws.getCell(r, col(t, 15)).value as ExcelJS.CellFormulaValue | null;
        if (!sat || !y) continue;
        const f = y.formula;
        kinds.add(f.startsWith("SUM(") ? "count" : "level");
        expect([r, f.startsWith("SUM(")]).toEqual([r, !["%"].includes(String(sat))]);
      }
      expect(kinds).toEqual(new Set(["count", "level"]));
    });

    it("types the LKjIP's national capaian, '-' where there is no national target", () => {
      const { book: b, wb } = book("lkjip-tigacapaian-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const ws = wb.getWorksheet(t.sheet)!;
      let dash = 0;
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const cell = ws.getCell(r, col(t, 10));
        expect([r, typeof cell.value === "object" && cell.value !== null]).toEqual([r, false]);
        const tn = get(t.sheet, r, col(t, 9));
        if (tn === "-") {
          dash++;
          expect(get(t.sheet, r, col(t, 10))).toBe("-");
        }
      }
      expect(dash).toBe(2);
    });

    it("says 'Tetap' in the PK exactly where Semula = Menjadi", () => {
      const { book: b, wb } = book("pk-perubahan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      let changed = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const same = get(t.sheet, r, col(t, 4)) === get(t.sheet, r, col(t, 5));
        expect([r, get(t.sheet, r, col(t, 6)) === "Tetap"]).toEqual([r, same]);
        if (!same) changed++;
      }
      expect(changed).toBe(1);
    });

    it("divides the totals for the JUMLAH serapan of the monthly report", () => {
      const { book: b, wb } = book("realisasi-bulanan-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const f = (ws.getCell(t.lastDataRow, colNumber(t.lastCol)).value as ExcelJS.CellFormulaValue).formula;
      expect(f).toBe(`ROUND(Q${t.lastDataRow}/D${t.lastDataRow}*100,2)`);
    });
  },
});
