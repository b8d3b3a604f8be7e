// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// recommendation count and value of the BPK recap equals its three statuses, and the pengaduan stock
// carries from month to month.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind108 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-eighth set of unseen standard-form workbooks (Inspektorat Daerah)",
  buildBlind108,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind108"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps every recommendation count and value equal to its three statuses", () => {
        const { book: b, wb } = book("rekap-status-tl-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const v = (k: number) => get(t.sheet, r, c0 + k) as number;
          expect([r, v(3)]).toEqual([r, v(5) + v(7) + v(9)]);
          expect([r, v(4)]).toEqual([r, v(6) + v(8) + v(10)]);
        }
      });

      it("carries the pengaduan stock from each month to the next, never below zero", () => {
        const { book: b, wb } = book("rekap-penanganan-pengaduan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const closing = get(t.sheet, r, c0 + 8) as number;
          expect(closing).toBeGreaterThanOrEqual(0);
          if (r + 1 < t.lastDataRow) expect([r, get(t.sheet, r + 1, c0 + 2)]).toEqual([r, closing]);
        }
      });
    },
  },
);
