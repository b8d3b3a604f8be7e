// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row keeps the Triwulan IV value, and no quarter of the water balance loses more water
// than it produces.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind231 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 231st set of unseen standard-form workbooks (PUPR, SPAM and NRW)", buildBlind231, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind231"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("keeps the Triwulan IV level in column 12 K of the E.81 % row and adds the SR quarters", () => {
      const { book: b, wb } = book("e81-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.firstDataRow + 2; r++) {
        const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
        const k12 = get(t.sheet, r, c0 + 19) as number;
        const level = get(t.sheet, r, c0 + 4) === "%";
        expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
      }
    });

    it("never loses more water than is produced in a quarter of the neraca air", () => {
      const { book: b, wb } = book("neraca-air-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const n = get(t.sheet, r, c0 + 4) as number;
        expect(n).toBeGreaterThan(0);
        expect(n).toBeLessThan(get(t.sheet, r, c0 + 1) as number);
      }
    });
  },
});
