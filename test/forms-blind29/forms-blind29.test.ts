// The twenty-ninth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the IKU table uses the refleksi on every "Turun" row but the planted one, and the
// RSUD sheet holds two tables, pendapatan above belanja.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind29 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the twenty-ninth set of unseen standard-form workbooks", buildBlind29, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind29"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("uses the refleksi on every Turun row of the IKU table but the planted AKB 2024", () => {
      const { book: b, wb } = book("iku-dinkes-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      const odd: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const arah = String(getter(wb)(t.sheet, r, c0 + 4));
        for (const c of [c0 + 7, c0 + 10]) {
          const f = (ws.getCell(r, c).value as { formula: string }).formula;
          if (f.startsWith("ROUND((2*") !== (arah === "Turun")) odd.push(ws.getCell(r, c).address);
        }
      }
      expect(odd).toEqual([b.findings[0].cell]);
    });

    it("stands the RSUD belanja table under the pendapatan table on one sheet", () => {
      const { book: b } = book("realisasi-blud-");
      const [p, q] = b.expected().tables;
      expect(p.sheet).toBe(q.sheet);
      expect(q.header[0]).toBeGreaterThan(p.lastDataRow + 1);
    });
  },
});
