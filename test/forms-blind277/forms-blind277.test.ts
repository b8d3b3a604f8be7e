// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row takes the Triwulan IV value, and no survival rate of the quarterly recap but the
// planted one goes above 100 %.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind277 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 277th set of unseen standard-form workbooks (Dinas Perikanan, budidaya)", buildBlind277, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind277"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("keeps the Triwulan IV level of the E.81 % row and adds the quarters of its flows", () => {
      const { book: b, wb } = book("e81-budidaya-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.firstDataRow + 3; r++) {
        const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
        const k12 = get(t.sheet, r, c0 + 19) as number;
        const level = get(t.sheet, r, c0 + 4) === "%";
        expect([r, Math.abs(k12 - (level ? q[3] : q[0] + q[1] + q[2] + q[3])) < 1e-6]).toEqual([r, true]);
      }
    });

    it("has only the planted survival rate above 100 % in the quarterly recap", () => {
      const { book: b, wb } = book("benih-kelangsungan-");
      const t = b.expected().tables[1];
      const get = getter(wb);
      const c = colNumber(t.lastCol);
      const over = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        if ((get(t.sheet, r, c) as number) > 100) over.push(`${t.lastCol}${r}`);
      expect(over).toEqual([b.findings[1].cell]);
    });
  },
});
