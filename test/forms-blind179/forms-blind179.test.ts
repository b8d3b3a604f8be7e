// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81's level rows take the Triwulan IV value while the flows add their quarters, and every Rp
// kondisi akhir of the T-C.27 adds its five years except the planted row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind179 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-seventy-ninth set of unseen standard-form workbooks (Dinas Pertanahan)",
  buildBlind179,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind179"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

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

      it("adds the five years into the Rp kondisi akhir of the T-C.27, except the planted row", () => {
        const { book: b, wb } = book("tc27-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const rps = [0, 1, 2, 3, 4].map((i) => c0 + 6 + 2 * i);
        const ka = c0 + 16;
        const off: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const total = rps.reduce((n, c) => n + Number(get(t.sheet, r, c) ?? 0), 0);
          if (Math.abs(total - Number(get(t.sheet, r, ka))) > 0.5) off.push(r);
        }
        expect(off.length).toBe(1);
      });
    },
  },
);
