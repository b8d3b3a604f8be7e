// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// sampel recap's Jumlah adds its four quarters, and no uji profisiensi row has more memuaskan than diikuti.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind263 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 263rd set of unseen standard-form workbooks (UPTD Labkesda BLUD)", buildBlind263, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind263"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds the four quarters into Jumlah on every jenis pemeriksaan row", () => {
      const { book: b, wb } = book("rekap-sampel-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const q = [2, 3, 4, 5].map((i) => get(t.sheet, r, c0 + i) as number);
        expect([r, get(t.sheet, r, c0 + 6)]).toEqual([r, q[0] + q[1] + q[2] + q[3]]);
      }
    });

    it("never has more memuaskan parameters than parameters diikuti in the uji profisiensi table", () => {
      const { book: b, wb } = book("pendapatan-blud-");
      const t = b.expected().tables[1];
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        expect(get(t.sheet, r, c0 + 2) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 1) as number);
    });
  },
});
