// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 takes the Triwulan IV value for its levels and adds the quarters of its flows, and no kabupaten
// of the internet recap spends above its pagu except the planted one.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind103 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the hundred-and-third set of unseen standard-form workbooks (Diskominfo SP)", buildBlind103, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind103"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("takes the Triwulan IV level for %/indeks rows of the E.81 and adds the quarters of the counts", () => {
      const { book: b, wb } = book("evaluasi-renja-e81-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c1 = colNumber(t.firstCol);
      const sat = c1 + 4;
      const q = [0, 1, 2, 3].map((i) => c1 + 5 + 6 + 2 * i);
      const k12 = c1 + 5 + 14;
      let levels = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const unit = String(get(t.sheet, r, sat));
        const qs = q.map((c) => Number(get(t.sheet, r, c)));
        const v = Number(get(t.sheet, r, k12));
        const level = unit === "%" || unit === "indeks";
        if (level) levels++;
        expect([r, v]).toEqual([r, level ? qs[3] : qs.reduce((x, y) => x + y, 0)]);
      }
      expect(levels).toBe(4);
    });

    it("spends no more than the pagu in any kabupaten except the planted one", () => {
      const { book: b, wb } = book("rekap-akses-internet-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c1 = colNumber(t.firstCol);
      const over: number[] = [];
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const pagu = Number(get(t.sheet, r, c1 + 8));
        const real = Number(get(t.sheet, r, c1 + 9));
        if (real > pagu) over.push(r);
      }
      expect(over.length).toBe(b.findings.filter((f) => f.rules.includes("serapan-over-100")).length);
    });
  },
});
