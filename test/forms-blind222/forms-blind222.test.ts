// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level rows keep the Triwulan IV value, and the TTD recap's "Tahun 2024" row is the Triwulan IV level.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind222 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 222nd set of unseen standard-form workbooks (Dinkes, gizi masyarakat)", buildBlind222, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind222"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds the quarters of the E.81 flows and keeps the Triwulan IV level of the % rows", () => {
      const { book: b, wb } = book("evaluasi-renja-e81-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.firstDataRow + 3; r++) {
        const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
        const k12 = get(t.sheet, r, c0 + 19) as number;
        const level = get(t.sheet, r, c0 + 4) === "%";
        expect([r, Math.round(k12 * 100)]).toEqual([
          r,
          Math.round((level ? q[3] : q[0] + q[1] + q[2] + q[3]) * 100),
        ]);
      }
    });

    it("keeps the TTD recap cumulative and its yearly row at the Triwulan IV level", () => {
      const { book: b, wb } = book("vitamin-a-");
      const t = b.expected().tables[1];
      const get = getter(wb);
      const c = colNumber(t.firstCol) + 2;
      const vals = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) vals.push(get(t.sheet, r, c) as number);
      for (let i = 1; i < 4; i++) expect(vals[i]).toBeGreaterThanOrEqual(vals[i - 1]);
      expect(vals[4]).toBe(vals[3]);
    });
  },
});
