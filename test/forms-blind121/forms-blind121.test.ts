// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// takes the Triwulan IV level as the year's Kinerja of the "%" rows while the counts add their
// quarters, and every T-C.27 kondisi akhir Rp is the five years' Rp added.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind121 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-twenty-first set of unseen standard-form workbooks (Dinas Kebudayaan)",
  buildBlind121,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind121"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("takes the Triwulan IV level for the % rows of the E.81 and adds the quarters of the counts", () => {
        const { book: b, wb } = book("e81-renja-disbud-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const sat = c0 + 4;
        const q1 = c0 + 5 + 6;
        const k12 = c0 + 5 + 14;
        let levels = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const k = get(t.sheet, r, k12);
          if (typeof k !== "number") continue;
          const qs = [0, 1, 2, 3].map((i) => get(t.sheet, r, q1 + 2 * i) as number);
          const want = get(t.sheet, r, sat) === "%" ? qs[3] : qs.reduce((n, v) => n + v, 0);
          if (get(t.sheet, r, sat) === "%") levels++;
          expect([r, Math.abs(k - want) < 1e-9]).toEqual([r, true]);
        }
        expect(levels).toBeGreaterThanOrEqual(2);
      });

      it("adds the five years' Rp in every kondisi akhir Rp of the T-C.27", () => {
        const { book: b, wb } = book("tc27-renstra-disbud-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const years = [0, 1, 2, 3, 4].map((i) => get(t.sheet, r, c0 + 6 + 2 * i) as number);
          const ak = get(t.sheet, r, c0 + 16) as number;
          expect([r, Math.abs(ak - years.reduce((n, v) => n + v, 0)) < 1e-6]).toEqual([r, true]);
        }
      });
    },
  },
);
