// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row takes the Triwulan IV value, and the quarterly recap's level columns keep TW IV.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind239 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 239th set of unseen standard-form workbooks (Dinas Perindustrian, IKM halal/SNI and sentra)",
  buildBlind239,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind239"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level in column 12 K of the E.81 % row and sums the flows", () => {
        const { book: b, wb } = book("e81-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (const r of [t.firstDataRow, t.firstDataRow + 1, t.firstDataRow + 2]) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
          const level = get(t.sheet, r, c0 + 4) === "%";
          expect([r, get(t.sheet, r, c0 + 19)]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });

      it("gives the year row of the quarterly recap the TW IV position of IKM aktif and tenaga kerja", () => {
        const { book: b, wb } = book("rekap-triwulan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (const dc of [1, 7])
          expect(get(t.sheet, t.lastDataRow, c0 + dc)).toBe(get(t.sheet, t.lastDataRow - 1, c0 + dc));
      });
    },
  },
);
