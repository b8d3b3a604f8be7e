// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: in the
// E.81 the two program rows (levels) keep the Triwulan IV level in column 12 while the kegiatan (flows)
// add their quarters, and in the kebakaran recap no kecamatan handles more fires in time than it had.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind321 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 321st set of unseen standard-form workbooks (Satpol PP dan Damkar, trantibum, Perda, waktu tanggap)",
  buildBlind321,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind321"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level on % rows of the E.81 and sums the quarters of the flows", () => {
        const { book: b, wb } = book("e81-satpolpp-damkar-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        // columns: kode, uraian, ind, sat, 5K 5R 6K 6R 7K 7R, TW I..IV (K,Rp), 12K
        let checked = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const sat = get(t.sheet, r, c0 + 3);
          if (typeof sat !== "string") continue;
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 10 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 18) as number;
          expect([r, k12]).toEqual([r, sat === "%" ? q[3] : q[0] + q[1] + q[2] + q[3]]);
          checked++;
        }
        expect(checked).toBe(7);
      });

      it("never has more fires handled in time than fires in a kecamatan", () => {
        const { book: b, wb } = book("rekap-kebakaran-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 3) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });
    },
  },
);
