// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 % row keeps its Triwulan IV level, and every garam kecamatan's K1 share stays within 0-100.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind244 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 244th set of unseen standard-form workbooks (DKP, garam rakyat and olahan ikan)",
  buildBlind244,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind244"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level in column 12 K of the E.81 % row", () => {
        const { book: b, wb } = book("e81-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const r = t.firstDataRow;
        expect(get(t.sheet, r, c0 + 4)).toBe("%");
        expect(get(t.sheet, r, c0 + 19)).toBe(get(t.sheet, r, c0 + 17));
      });

      it("keeps the K1 share of every garam kecamatan between 0 and 100", () => {
        const { book: b, wb } = book("rekap-produksi-garam-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c = colNumber(t.firstCol) + 7;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = get(t.sheet, r, c) as number;
          expect(v > 0 && v < 100).toBe(true);
        }
      });
    },
  },
);
