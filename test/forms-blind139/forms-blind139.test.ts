// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level rows take the Triwulan IV value, and no desa graduates more KPM than it has.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind139 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-thirty-ninth set of unseen standard-form workbooks (Dinas Sosial)",
  buildBlind139,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind139"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("takes the Triwulan IV level for the % rows of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("evaluasi-renja-e81-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const sat = c0 + 4;
        const q = [0, 1, 2, 3].map((i) => c0 + 5 + 6 + 2 * i);
        const k12 = c0 + 5 + 14;
        let levels = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const u = get(t.sheet, r, sat);
          if (typeof u !== "string" || !/^\d\./.test(String(get(t.sheet, r, c0 + 1)))) continue;
          const qs = q.map((c) => get(t.sheet, r, c) as number);
          const want = u === "%" ? qs[3] : qs.reduce((x, y) => x + y, 0);
          if (u === "%") levels++;
          expect([r, get(t.sheet, r, k12)]).toEqual([r, want]);
        }
        expect(levels).toBe(3);
      });

      it("graduates no more KPM than a desa has", () => {
        const { book: b, wb } = book("rekap-pemutakhiran-dtks-");
        const t = b.expected().tables[1];
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++)
          expect((get(t.sheet, r, c0 + 2) as number) <= (get(t.sheet, r, c0 + 1) as number)).toBe(true);
      });
    },
  },
);
