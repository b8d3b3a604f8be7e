// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row keeps its Triwulan IV value, and no satlinmas row trains more than its members
// except the planted one.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind304 } from "./build";

soundnessSuite(
  "the 304th set of unseen standard-form workbooks (Satpol PP dan Damkar, perda, WMK, satlinmas)",
  buildBlind304,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind304"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the E.81 % row at its Triwulan IV level, not the sum of the quarters", () => {
        const { book: b, wb } = book("e81-");
        const t = b.tables[0];
        const get = getter(wb);
        const r = t.row("prog");
        const k11 = get(t.sheet, r, t.left + 19 - 2) as number;
        expect(get(t.sheet, r, t.left + 19)).toBe(k11);
      });

      it("has no satlinmas trained above its members", () => {
        const { book: b, wb } = book("response-time-wmk-");
        const t = b.tables[1];
        const get = getter(wb);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, t.left + 3) as number).toBeLessThanOrEqual(
            get(t.sheet, r, t.left + 2) as number,
          );
      });
    },
  },
);
