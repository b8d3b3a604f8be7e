// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row keeps the Triwulan IV value while the flows add their quarters, and no kecamatan of
// the SPM recap serves more penderita than its sasaran.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind256 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 256th set of unseen standard-form workbooks (Dinkes, PTM and SPM)", buildBlind256, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind256"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds the quarters of the E.81 flows and keeps the Triwulan IV level of the % row", () => {
      const { book: b, wb } = book("e81-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.firstDataRow + 4; r++) {
        const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
        const k12 = get(t.sheet, r, c0 + 19) as number;
        const level = get(t.sheet, r, c0 + 4) === "%";
        expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
      }
    });

    it("serves no more penderita than the sasaran in any kecamatan", () => {
      const { book: b, wb } = book("rekap-spm-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r < t.lastDataRow; r++)
        for (const off of [3, 6])
          expect(get(t.sheet, r, c0 + off + 1) as number).toBeLessThanOrEqual(
            get(t.sheet, r, c0 + off) as number,
          );
    });
  },
});
