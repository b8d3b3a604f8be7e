// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the BLK
// recap's peserta never fall below the kompeten, and every PHI quarter settles no more than it records.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind267 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 267th set of unseen standard-form workbooks (Disnaker, BLK, AK/1 and PHI)",
  buildBlind267,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind267"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the kompeten of every BLK kejuruan at or below its peserta", () => {
        const { book: b, wb } = book("rekap-blk-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 3) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });

      it("settles no more PHI cases in a quarter than it records", () => {
        const { book: b, wb } = book("ak1-pencaker-");
        const t = b.expected().tables[1];
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const done = [2, 3, 4].reduce((n, i) => n + (get(t.sheet, r, c0 + i) as number), 0);
          expect(done).toBeLessThanOrEqual(get(t.sheet, r, c0 + 1) as number);
        }
      });
    },
  },
);
