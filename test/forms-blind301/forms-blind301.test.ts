// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row keeps the Triwulan IV value, and no kecamatan has more PJU menyala than terpasang.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind301 } from "./build";

soundnessSuite("the 301st set of unseen standard-form workbooks (Dishub, KIR, parkir, PJU)", buildBlind301, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind301"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("keeps the Triwulan IV level in column 12 K of the E.81 % row and sums the flows", () => {
      const { book: b, wb } = book("e81-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const col = (letter: string) => letter.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const c0 = col(t.firstCol);
      for (let r = t.firstDataRow; r <= t.firstDataRow + 3; r++) {
        const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 10 + 2 * i) as number);
        const k12 = get(t.sheet, r, c0 + 18) as number;
        const level = get(t.sheet, r, c0 + 3) === "%";
        expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
      }
    });

    it("never has more PJU menyala than terpasang", () => {
      const { book: b, wb } = book("pju-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        expect(get(t.sheet, r, 4) as number).toBeLessThanOrEqual(get(t.sheet, r, 3) as number);
    });
  },
});
