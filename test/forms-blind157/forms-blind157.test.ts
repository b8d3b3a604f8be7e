// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the TPI
// Jumlah volumes add their quarters except the planted row, and the E.81 levels take Triwulan IV.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind157 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the hundred-and-fifty-seventh set of unseen standard-form workbooks (DKP)", buildBlind157, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind157"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds the four quarters of every TPI except the planted Belang row", () => {
      const { book: b, wb } = book("rekap-pendaratan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const q1 = colNumber(t.firstCol) + 3;
      const bad: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        if (typeof get(t.sheet, r, colNumber(t.firstCol)) !== "number") continue;
        let n = 0;
        for (let c = q1; c < q1 + 4; c++) n += get(t.sheet, r, c) as number;
        if (Math.abs(n - (get(t.sheet, r, q1 + 4) as number)) > 0.01) bad.push(r);
      }
      expect(bad.length).toBe(1);
    });

    it("keeps the T-C.27 JUMLAH equal to the programs and the kondisi akhir Rp to the five years", () => {
      const { book: b, wb } = book("tc27-renstra-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c1 = colNumber(t.firstCol);
      const ra = c1 + 5 + 10 + 1;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        let n = 0;
        for (let i = 0; i < 5; i++) n += get(t.sheet, r, c1 + 6 + 2 * i) as number;
        expect([r, get(t.sheet, r, ra)]).toEqual([r, n]);
      }
    });
  },
});
