// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// logistik saldo chain from one quarter to the next, and no kecamatan with more huntap than rumah
// rusak berat.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind215 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 215th set of unseen standard-form workbooks (BPBD, logistik, EWS, kaji cepat and huntap)",
  buildBlind215,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind215"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("carries each quarter's true saldo akhir into the next quarter's saldo awal", () => {
        const { book: b, wb } = book("rekap-logistik-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const n = (r: number, c: number) => get(t.sheet, r, c0 + c) as number;
        for (let r = t.firstDataRow + 1; r < t.lastDataRow; r++) {
          const prev = n(r - 1, 1) + n(r - 1, 2) + n(r - 1, 3) - n(r - 1, 4);
          expect([r, n(r, 1)]).toEqual([r, prev]);
        }
      });

      it("has no kecamatan with more huntap than rumah rusak berat", () => {
        const { book: b, wb } = book("rekap-huntap-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 6) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });
    },
  },
);
