// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the BLUD
// JUMLAH row adds its own quarters and its % is the ratio of the totals, and the E.81 level rows take the
// Triwulan IV value while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind143 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-forty-third set of unseen standard-form workbooks (Dinas Kesehatan)",
  buildBlind143,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind143"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps every BLUD puskesmas' Jumlah the sum of its quarters, except the planted row", () => {
        const { book: b, wb } = book("pendapatan-blud-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c1 = colNumber(t.firstCol);
        const off: number[] = [];
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const q = [4, 5, 6, 7].map((i) => get(t.sheet, r, c1 + i) as number);
          if (Math.abs(q.reduce((n, v) => n + v, 0) - (get(t.sheet, r, c1 + 8) as number)) > 0.5) off.push(r);
        }
        expect(off.length).toBe(1);
        const tot = t.lastDataRow;
        const pct = get(t.sheet, tot, c1 + 9) as number;
        const ratio = ((get(t.sheet, tot, c1 + 8) as number) / (get(t.sheet, tot, c1 + 3) as number)) * 100;
        expect(Math.abs(pct - ratio)).toBeLessThan(0.006);
      });

      it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
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
        expect(seen.has("orang")).toBe(true);
      });
    },
  },
);
