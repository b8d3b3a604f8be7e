// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level row takes the Triwulan IV value while the flows add their quarters, and no program of the
// Kesbangpol recap spends above its pagu except the planted one.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind163 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-sixty-third set of unseen standard-form workbooks (ESDM and Kesbangpol)",
  buildBlind163,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind163"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters of the E.81 flows and takes Triwulan IV for the % levels", () => {
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

      it("spends no program above its pagu, except the planted one", () => {
        const { book: b, wb } = book("rekap-serapan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const over: number[] = [];
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const pagu = get(t.sheet, r, 3);
          const real = get(t.sheet, r, 4);
          if (typeof pagu === "number" && typeof real === "number" && real > pagu) over.push(r);
        }
        expect(over.length).toBe(b.findings.filter((f) => f.rules.includes("serapan-over-100")).length);
      });
    },
  },
);
