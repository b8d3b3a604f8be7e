// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no
// kecamatan has more certified guru than guru, and the E.81 % row keeps its Triwulan IV level.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind255 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 255th set of unseen standard-form workbooks (Disdik, bahasa daerah)", buildBlind255, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind255"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("keeps the certified guru of every kecamatan at or below its guru", () => {
      const { book: b, wb } = book("rekap-guru-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        expect(get(t.sheet, r, c0 + 5) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 4) as number);
    });

    it("takes the Triwulan IV level for the E.81 % row and the quarter sum for the flows", () => {
      const { book: b, wb } = book("e81-renja-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.firstDataRow + 2; r++) {
        const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 10 + 2 * i) as number);
        const level = get(t.sheet, r, c0 + 3) === "%";
        expect([r, get(t.sheet, r, c0 + 18)]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
      }
    });
  },
});
