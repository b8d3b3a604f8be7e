// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the monthly
// recap's BOR is hari perawatan / (hari x tempat tidur) x 100 in every month but the planted one, and the
// E.81 levels (unit % or indeks) take the Triwulan IV value while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind159 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-fifty-ninth set of unseen standard-form workbooks (RSUD BLUD)",
  buildBlind159,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind159"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("computes BOR from hari perawatan, hari and tempat tidur in every month but the planted one", () => {
        const { book: b, wb } = book("rekap-bulanan-ranap-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c1 = colNumber(t.firstCol);
        const off: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const hari = get(t.sheet, r, c1 + 2) as number;
          const tt = get(t.sheet, r, c1 + 3) as number;
          const hp = get(t.sheet, r, c1 + 9) as number;
          const bor = get(t.sheet, r, c1 + 10) as number;
          if (Math.abs(bor - Math.round((hp / (hari * tt)) * 10000) / 100) > 0.006) off.push(r);
        }
        expect(off.length).toBe(1);
      });

      it("takes the Triwulan IV value for the E.81 levels and adds the quarters of the flows", () => {
        const { book: b, wb } = book("e81-renja-rsud-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c1 = colNumber(t.firstCol);
        const sat = c1 + 4;
        const q1 = c1 + 5 + 6;
        const k12 = q1 + 8;
        let levels = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const unit = get(t.sheet, r, sat);
          if (typeof unit !== "string" || !/^\d/.test(String(get(t.sheet, r, c1 + 1)))) continue;
          const qs = [0, 2, 4, 6].map((d) => get(t.sheet, r, q1 + d) as number);
          const level = unit === "%" || unit === "indeks";
          if (level) levels++;
          expect([r, get(t.sheet, r, k12)]).toEqual([r, level ? qs[3] : qs.reduce((n, v) => n + v, 0)]);
        }
        expect(levels).toBe(2);
      });
    },
  },
);
