// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// kapal table's Triwulan IV level equals the kecamatan totals by size, and every TPI's retribusi is
// 2.5% of its nilai lelang.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind225 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 225th set of unseen standard-form workbooks (Dinas Perikanan, TPI and kapal)",
  buildBlind225,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind225"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("registers at the end of Triwulan IV as many kapal as the kecamatan hold by size", () => {
        const { book: b, wb } = book("kapal-nelayan-");
        const [k, w] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(k.firstCol);
        const bySize = [2, 3, 4].reduce((n, i) => n + (get(k.sheet, k.lastDataRow, c0 + i) as number), 0);
        expect(get(w.sheet, w.lastDataRow - 1, colNumber(w.firstCol) + 1)).toBe(bySize);
      });

      it("keeps every TPI's retribusi at 2.5% of its nilai lelang", () => {
        const { book: b, wb } = book("rekap-lelang-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const nilai = get(t.sheet, r, c0 + 4) as number;
          expect(Math.abs((get(t.sheet, r, c0 + 6) as number) - nilai * 0.025)).toBeLessThanOrEqual(1);
        }
      });
    },
  },
);
