// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// IKLH of 2024 is the weighted sum of its components (never their plain sum), and every month's
// sampah terkelola is pengurangan + penanganan except the planted Agustus row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind90 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the ninetieth set of unseen standard-form workbooks (Dinas Lingkungan Hidup)", buildBlind90, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind90"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("weights the IKLH components (0.31, 0.31, 0.26, 0.12) and never sums them", () => {
      const { book: b, wb } = book("iklh-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c = colNumber(t.firstCol);
      const w: number[] = [];
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) w.push(get(t.sheet, r, c + 2) as number);
      expect(w).toEqual([0.31, 0.31, 0.26, 0.12]);
      expect(get(t.sheet, t.lastDataRow, c + 2)).toBeCloseTo(1, 6);
      const real = c + 7;
      let weighted = 0;
      let plain = 0;
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const v = get(t.sheet, r, real) as number;
        weighted += w[r - t.firstDataRow] * v;
        plain += v;
      }
      const iklh = get(t.sheet, t.lastDataRow, real) as number;
      expect(Math.abs(iklh - weighted)).toBeLessThan(0.006);
      expect(Math.abs(iklh - plain)).toBeGreaterThan(100);
    });

    it("adds pengurangan and penanganan in every month but the planted Agustus", () => {
      const { book: b, wb } = book("sampah-terkelola-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c = colNumber(t.firstCol);
      const off: number[] = [];
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const sum = (get(t.sheet, r, c + 3) as number) + (get(t.sheet, r, c + 4) as number);
        if (Math.abs(sum - (get(t.sheet, r, c + 5) as number)) > 0.05) off.push(r - t.firstDataRow + 1);
      }
      expect(off).toEqual([8]);
    });
  },
});
