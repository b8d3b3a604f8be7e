// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no OPD has
// more ASN in pengembangan kompetensi than ASN, no triwulan settles more disciplinary cases than came in,
// and the E.81 % rows keep their Triwulan IV level while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind316 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 316th set of unseen standard-form workbooks (BKPSDM: sistem merit, bangkom, disiplin, pensiun, KP)",
  buildBlind316,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind316"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps every OPD's ASN ikut bangkom at or below its jumlah ASN", () => {
        const { book: b, wb } = book("rekap-bangkom-asn-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 3) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });

      it("settles no more disciplinary cases in a triwulan than came in", () => {
        const { book: b, wb } = book("rekap-disiplin-pensiun-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const parts = [2, 3, 4].reduce((n, k) => n + (get(t.sheet, r, c0 + k) as number), 0);
          expect(parts).toBeLessThanOrEqual(get(t.sheet, r, c0 + 1) as number);
        }
      });

      it("keeps the Triwulan IV level in the E.81 % rows and sums the quarters of the flows' K", () => {
        const { book: b, wb } = book("e81-bkpsdm-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 5; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 10 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 18) as number;
          const flow = get(t.sheet, r, c0 + 3) === "orang" || get(t.sheet, r, c0 + 3) === "kasus";
          expect([r, k12]).toEqual([r, flow ? q[0] + q[1] + q[2] + q[3] : q[3]]);
        }
      });
    },
  },
);
