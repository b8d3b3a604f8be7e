// The fifty-ninth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the coverage recap never records more KTP-el than residents obliged to hold one, and
// the E.80 adds its kegiatan's Rp into the programme's Rp in each year.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind59 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the fifty-ninth set of unseen standard-form workbooks", buildBlind59, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind59"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("never records more KTP-el than residents obliged to hold one", () => {
      const { book: b, wb } = book("rekap-cakupan-perekaman-ktp-el-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow - 1; r++)
        expect((get(t.sheet, r, c0 + 4) as number) <= (get(t.sheet, r, c0 + 3) as number)).toBe(true);
    });

    it("adds the kegiatan's Rp into the programme's Rp in each year of the E.80", () => {
      const { book: b, wb } = book("e80-evaluasi-renstra-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (const p of [0, 3])
        for (const c of [c0 + 6, c0 + 8, c0 + 10]) {
          const r = t.firstDataRow + p;
          const kids = (get(t.sheet, r + 1, c) as number) + (get(t.sheet, r + 2, c) as number);
          expect(get(t.sheet, r, c)).toBeCloseTo(kids, 0);
        }
    });
  },
});
