// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// lintasan's Jumlah is its four quarters except the planted row, and the E.81 level rows take the
// Triwulan IV value while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind173 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-seventy-third set of unseen standard-form workbooks (Dishub laut dan jalan)",
  buildBlind173,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind173"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the four quarters of every lintasan, except the planted row", () => {
        const { book: b, wb } = book("rekap-penumpang-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const off: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, c0) !== "number") continue;
          const q = [4, 5, 6, 7].map((k) => get(t.sheet, r, c0 + k) as number);
          if (q.reduce((n, v) => n + v, 0) !== get(t.sheet, r, c0 + 8)) off.push(r);
        }
        expect(off.length).toBe(1);
      });

      it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("e81-");
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
      });
    },
  },
);
