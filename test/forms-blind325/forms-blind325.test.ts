// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: in the TLHP
// recap every OPD's four status columns add up to its jumlah rekomendasi and both tables agree on the
// total, and the E.81 % row keeps the Triwulan IV level in column 12 while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind325 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 325th set of unseen standard-form workbooks (Inspektorat: TL BPK, SPIP, APIP, reviu LKjIP)",
  buildBlind325,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind325"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the four statuses of every OPD to its jumlah rekomendasi, and both TLHP tables agree", () => {
        const { book: b, wb } = book("rekap-tlhp-bpk-");
        const [t1, t2] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t1.firstCol);
        for (let r = t1.firstDataRow; r <= t1.lastDataRow; r++) {
          const st = [4, 5, 6, 7].map((i) => get(t1.sheet, r, c0 + i) as number);
          expect([r, get(t1.sheet, r, c0 + 3)]).toEqual([r, st[0] + st[1] + st[2] + st[3]]);
        }
        const c2 = colNumber(t2.firstCol);
        expect(get(t2.sheet, t2.lastDataRow, c2 + 1)).toBe(get(t1.sheet, t1.lastDataRow, c0 + 3));
      });

      it("keeps the Triwulan IV level in column 12 K of the E.81 % row and sums the flows", () => {
        const { book: b, wb } = book("evaluasi-renja-tw4-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow - 2; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 10 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 18) as number;
          const level = get(t.sheet, r, c0 + 3) === "%";
          expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });
    },
  },
);
