// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level row takes the Triwulan IV value, and no media or pimpinan row publishes more than it received.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind242 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 242nd set of unseen standard-form workbooks (Bagian Protokol dan Komunikasi Pimpinan)",
  buildBlind242,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind242"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level of the E.81 % row and sums the quarters of the flows", () => {
        const { book: b, wb } = book("evaluasi-e81-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 3; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 19) as number;
          const level = get(t.sheet, r, c0 + 4) === "%";
          expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });

      it("never has more dimuat than dikirim, nor more terliput than terjadwal", () => {
        for (const [prefix, big, small] of [
          ["rekap-siaran-pers-", 6, 7],
          ["agenda-pimpinan-", 2, 4],
        ] as const) {
          const { book: b, wb } = book(prefix);
          const t = b.expected().tables[0];
          const get = getter(wb);
          const c0 = colNumber(t.firstCol);
          for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
            expect([
              r,
              (get(t.sheet, r, c0 + small) as number) <= (get(t.sheet, r, c0 + big) as number),
            ]).toEqual([r, true]);
        }
      });
    },
  },
);
