// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// monthly placements add up by mechanism except in the planted month, and the E.81 rates take the
// Triwulan IV level while the counts add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind93 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the ninety-third set of unseen standard-form workbooks (Disnakertrans)", buildBlind93, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind93"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds AKL + AKAD + AKAN in every month but the planted Mei, and the JUMLAH row adds the months", () => {
      const { book: b, wb } = book("rekap-penempatan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const num = (r: number, c: number) => Number(get(t.sheet, r, c0 + c));
      const off: number[] = [];
      for (let r = t.firstDataRow; r < t.lastDataRow; r++)
        if (num(r, 2) + num(r, 3) + num(r, 4) !== num(r, 5)) off.push(r);
      expect(off.length).toBe(1);
      expect(get(t.sheet, off[0], c0 + 1)).toBe("Mei");
      for (const c of [2, 3, 4]) {
        let s = 0;
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) s += num(r, c);
        expect([c, num(t.lastDataRow, c)]).toEqual([c, s]);
      }
    });

    it("takes the Triwulan IV level for the E.81 rates and adds the quarters of the counts", () => {
      const { book: b, wb } = book("evaluasi-renja-e81-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const satCol = colNumber(t.firstCol) + 4;
      const k12 = colNumber(t.firstCol) + 5 + 14;
      const seen = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, k12).value;
        if (!v || typeof v !== "object" || !("formula" in v)) continue;
        const sat = String(ws.getCell(r, satCol).value);
        seen.add(sat);
        expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
      }
      expect(seen.has("%")).toBe(true);
      expect(seen.size).toBeGreaterThan(2);
    });
  },
});
