// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// month's Jumlah is nusantara + mancanegara, and the E.81 rates take their Triwulan IV level in
// column 12 while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind94 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the ninety-fourth set of unseen standard-form workbooks (Dinas Pariwisata)", buildBlind94, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind94"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds nusantara and mancanegara in every month of the visitor recap", () => {
      const { book: b, wb } = book("rekap-kunjungan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c1 = colNumber(t.firstCol);
      let months = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        if (typeof get(t.sheet, r, c1) !== "number") continue;
        months++;
        const [n, m, j] = [2, 3, 4].map((d) => get(t.sheet, r, c1 + d) as number);
        expect([r, n + m]).toEqual([r, j]);
      }
      expect(months).toBe(12);
    });

    it("takes the Triwulan IV level for the E.81 rates and adds the quarters of the flows", () => {
      const { book: b, wb } = book("evaluasi-renja-e81-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c1 = colNumber(t.firstCol);
      const sat = c1 + 4;
      const q = [0, 1, 2, 3].map((i) => c1 + 11 + 2 * i);
      const k12 = c1 + 19;
      let levels = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const unit = get(t.sheet, r, sat);
        if (typeof unit !== "string") continue;
        const qs = q.map((c) => get(t.sheet, r, c) as number);
        const want = unit === "%" ? qs[3] : qs.reduce((x, y) => x + y, 0);
        if (unit === "%") levels++;
        expect([r, get(t.sheet, r, k12)]).toEqual([r, want]);
      }
      expect(levels).toBe(2);
    });
  },
});
