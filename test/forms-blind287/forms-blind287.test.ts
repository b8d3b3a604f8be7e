// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the BTS
// recap's load factors stay within seats x rit where they are formulas, and the angkutan pelajar
// recap never serves more pelajar than use public transport in a kecamatan.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind287 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 287th set of unseen standard-form workbooks (Dishub, BTS and angkutan pelajar)",
  buildBlind287,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind287"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the E.81 load factor row at its Triwulan IV level in columns 12 and 13", () => {
        const { book: b, wb } = book("e81-dishub-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const r = t.firstDataRow;
        expect(get(t.sheet, r, c0 + 4)).toBe("%");
        expect(get(t.sheet, r, c0 + 19)).toBe(get(t.sheet, r, c0 + 17));
        expect(get(t.sheet, r, c0 + 21)).toBe(get(t.sheet, r, c0 + 19));
      });

      it("serves no more pelajar than use public transport, per kecamatan", () => {
        const { book: b, wb } = book("rekap-angkutan-pelajar-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 4) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 3) as number);
      });
    },
  },
);
