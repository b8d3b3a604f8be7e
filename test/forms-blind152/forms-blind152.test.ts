// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// kondisi akhir K of the T-C.27 is the fifth-year target and its Rp the sum of the five years (except
// the planted row), and the archive recap's TOTAL share is the ratio of its totals.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind152 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-fifty-second set of unseen standard-form workbooks (Diskominfo, Dispusip)",
  buildBlind152,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind152"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("ends the T-C.27 K at the fifth year and the Rp at the sum of the years, except the planted row", () => {
        const { book: b, wb } = book("t-c27-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        let wrongRp = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, c0 + 4) !== "number") continue;
          const k = [0, 1, 2, 3, 4].map((i) => get(t.sheet, r, c0 + 5 + 2 * i) as number);
          const rp = [0, 1, 2, 3, 4].map((i) => get(t.sheet, r, c0 + 6 + 2 * i) as number);
          expect([r, get(t.sheet, r, c0 + 15)]).toEqual([r, k[4]]);
          if (get(t.sheet, r, c0 + 16) !== rp.reduce((x, y) => x + y, 0)) wrongRp++;
        }
        expect(wrongRp).toBe(b.findings.filter((f) => f.rules.includes("sum-mismatch")).length);
      });

      it("gives the archive recap's TOTAL share as the ratio of its totals", () => {
        const { book: b, wb } = book("rekap-arsip-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const r = t.lastDataRow;
        const share = (get(t.sheet, r, c0 + 5) as number) / (get(t.sheet, r, c0 + 4) as number);
        expect(get(t.sheet, r, c0 + 6)).toBeCloseTo(share * 100, 2);
      });
    },
  },
);
