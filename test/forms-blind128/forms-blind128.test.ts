// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level rows take the Triwulan IV value while the flows add their quarters, and every Jumlah of
// the produksi recap is tangkap + budidaya.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind128 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the set of unseen standard-form workbooks of the Dinas Perikanan (blind128)", buildBlind128, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind128"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("takes the Triwulan IV value for the E.81 levels and adds the quarters of the flows", () => {
      const { book: b, wb } = book("e81-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c1 = colNumber(t.firstCol);
      const seen = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, c1 + 12).value;
        if (!v || typeof v !== "object" || !("formula" in v)) continue;
        const sat = String(ws.getCell(r, c1 + 4).value);
        seen.add(sat);
        expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
      }
      expect(seen.has("%")).toBe(true);
    });

    it("adds tangkap and budidaya into every Jumlah of the produksi recap", () => {
      const { book: b, wb } = book("rekap-produksi-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c1 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        for (const y of [0, 1]) {
          const tg = get(t.sheet, r, c1 + 2 + y) as number;
          const bd = get(t.sheet, r, c1 + 4 + y) as number;
          const j = get(t.sheet, r, c1 + 6 + y) as number;
          if (r === t.lastDataRow && y === 1) continue; // the planted stale tangkap total
          expect([r, y, j]).toEqual([r, y, tg + bd]);
        }
    });
  },
});
