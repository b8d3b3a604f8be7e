// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 skor PPH row keeps the Triwulan IV level, and the CPPD stock ledger chains from one triwulan
// to the next.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind236 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 236th set of unseen standard-form workbooks (Dinas Ketahanan Pangan, cadangan pangan and GPM)",
  buildBlind236,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind236"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters of the E.81 flows and keeps the Triwulan IV level of the skor PPH", () => {
        const { book: b, wb } = book("e81-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 3; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 19) as number;
          const level = get(t.sheet, r, c0 + 4) === "skor";
          expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });

      it("starts every triwulan of the CPPD stock where the one before ended (the true ledger)", () => {
        const { book: b, wb } = book("gpm-dan-stok-");
        const t = b.expected().tables[1];
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow + 1; r < t.lastDataRow; r++) {
          const prev = r - 1;
          const ledger =
            (get(t.sheet, prev, c0 + 1) as number) +
            (get(t.sheet, prev, c0 + 2) as number) -
            (get(t.sheet, prev, c0 + 3) as number);
          expect([r, Math.round(ledger * 100) / 100]).toEqual([r, get(t.sheet, r, c0 + 1)]);
        }
      });
    },
  },
);
