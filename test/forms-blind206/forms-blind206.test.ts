// The set must not lie (../forms/soundness.ts), plus its own checks: the E.81's BOR (a level) takes
// the Triwulan IV value while the counts add their quarters, and the pendapatan JUMLAH of every
// cumulative column adds its five lines.
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind206 } from "./build";

soundnessSuite("the forms-blind206 set of unseen standard-form workbooks (RSUD)", buildBlind206, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind206"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("takes Triwulan IV for the BOR of the E.81 and adds the quarters of the counts", () => {
      const { book: b, wb } = book("evaluasi-e81-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      let seen = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sat = ws.getCell(r, 4).value;
        const v = ws.getCell(r, 15).value;
        if (!sat || !v || typeof v !== "object" || !("formula" in v)) continue;
        seen++;
        expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
      }
      expect(seen).toBe(4);
    });

    it("keeps the cumulative s.d. columns of the pendapatan BLUD rising", () => {
      const { book: b, wb } = book("pendapatan-blud-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const q = [4, 5, 6, 7].map((c) => Number(ws.getCell(r, c).value));
        expect([r, q.every((x, i) => i === 0 || x >= q[i - 1])]).toEqual([r, true]);
      }
    });
  },
});
