// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level rows (unit "%") take the Triwulan IV value while the flows add their quarters, and the T-C.27
// kondisi akhir Rp is the five years' Rp everywhere.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind169 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-sixty-ninth set of unseen standard-form workbooks (Bagian Kesra NTB / Sumbar)",
  buildBlind169,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind169"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("takes the Triwulan IV value for the % rows of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("e81-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const first = colNumber(t.firstCol);
        const satCol = first + 4;
        const k12 = first + 5 + 14;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const sat = String(ws.getCell(r, satCol).value);
          seen.add(sat);
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
        expect(seen.size).toBeGreaterThan(1);
      });

      it("makes the T-C.27 kondisi akhir Rp the five years' Rp on every row with money", () => {
        const { book: b, wb } = book("tc27-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const first = colNumber(t.firstCol);
        const rp = [1, 2, 3, 4, 5].map((y) => first + 4 + 2 * y);
        const ar = first + 16;
        let n = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = get(t.sheet, r, ar);
          if (typeof v !== "number") continue;
          n++;
          expect([r, v]).toEqual([r, rp.reduce((s, c) => s + (get(t.sheet, r, c) as number), 0)]);
        }
        expect(n).toBe(5);
      });
    },
  },
);
