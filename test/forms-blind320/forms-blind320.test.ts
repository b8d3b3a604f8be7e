// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// kecamatan's road length is the sum of its four conditions, and the E.81 level rows keep the
// Triwulan IV level while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind320 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 320th set of unseen standard-form workbooks (Dinas PUPR: jalan, jembatan, irigasi, drainase, air minum)",
  buildBlind320,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind320"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level in the E.81 % rows and sums the quarters of the flows (K)", () => {
        const { book: b, wb } = book("evaluasi-renja-e81-dpupr-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        // columns: kode ur ind sat | 5K 5Rp | 6K 6Rp | 7K 7Rp | TW I..IV K/Rp | 12K
        for (let r = t.firstDataRow; r <= t.lastDataRow - 2; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 10 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 18) as number;
          const level = get(t.sheet, r, c0 + 3) === "%";
          expect([r, Math.abs(k12 - (level ? q[3] : q[0] + q[1] + q[2] + q[3])) < 1e-6]).toEqual([r, true]);
        }
      });

      it("gives every kecamatan a road length equal to its four conditions", () => {
        const { book: b, wb } = book("rekap-kondisi-jalan-per-kecamatan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const parts = [4, 5, 6, 7].map((i) => get(t.sheet, r, c0 + i) as number);
          const pj = get(t.sheet, r, c0 + 3) as number;
          expect(Math.abs(pj - parts.reduce((x, y) => x + y, 0))).toBeLessThan(1e-6);
        }
      });
    },
  },
);
