// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every cabor's
// Jumlah medali is Emas + Perak + Perunggu except the planted Dayung row, and the E.81 level row takes the
// Triwulan IV value while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind145 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-forty-fifth set of unseen standard-form workbooks (Dispora, Dispar)",
  buildBlind145,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind145"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds Emas, Perak and Perunggu in every cabor row, except the planted Dayung", () => {
        const { book: b, wb } = book("rekap-medali-");
        const t = b.expected().tables[0];
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const off: string[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, c0) !== "number") continue;
          const [e, p, bb, j] = [3, 4, 5, 6].map((d) => get(t.sheet, r, c0 + d) as number);
          if (e + p + bb !== j) off.push(String(get(t.sheet, r, c0 + 1)));
        }
        expect(off).toEqual(["Dayung"]);
      });

      it("takes the Triwulan IV level for the E.81 rate and adds the quarters of the flows", () => {
        const { book: b, wb } = book("evaluasi-renja-e81-");
        const t = b.expected().tables[0];
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const sat = c0 + 4;
        const tw1 = c0 + 5 + 6;
        const k12 = c0 + 5 + 14;
        let levels = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, c0) !== "number") continue;
          const q = [0, 2, 4, 6].map((d) => get(t.sheet, r, tw1 + d) as number);
          const v = get(t.sheet, r, k12);
          if (get(t.sheet, r, sat) === "%") {
            levels++;
            expect(v).toBe(q[3]);
          } else expect(v).toBe(q[0] + q[1] + q[2] + q[3]);
        }
        expect(levels).toBe(1);
      });
    },
  },
);
