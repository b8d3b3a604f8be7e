// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the IB
// recap's dosis add their semesters except the planted row, and the E.81 level rows (unit "%") take the
// Triwulan IV value while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind97 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the ninety-seventh set of unseen standard-form workbooks (Dinas Peternakan dan Keswan)",
  buildBlind97,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind97"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the two semesters of every kecamatan in the IB recap, except the planted row", () => {
        const { book: b, wb } = book("rekap-ib-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c1 = colNumber(t.firstCol);
        const off: number[] = [];
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const [d1, d2, dj] = [4, 5, 6].map((k) => get(t.sheet, r, c1 + k));
          if ((d1 as number) + (d2 as number) !== dj) off.push(r);
        }
        expect(off.length).toBe(1);
      });

      it("takes the Triwulan IV value for the rates of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("evaluasi-renja-tw4-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const c1 = colNumber(t.firstCol);
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, c1 + 5 + 14).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const sat = String(ws.getCell(r, c1 + 4).value);
          seen.add(sat);
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
        expect(seen.size).toBeGreaterThan(1);
      });
    },
  },
);
