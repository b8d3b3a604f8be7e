// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// quarterly recap's Jumlah (5) is (2)+(3)+(4) on every triwulan, and the harmonisasi porsi add to 100.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind269 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 269th set of unseen standard-form workbooks (Bagian Hukum, produk hukum daerah)",
  buildBlind269,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind269"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds Perda, Perbup and Kepbup into Jumlah (5) on every triwulan", () => {
        const { book: b, wb } = book("rekap-produk-hukum-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const v = (i: number) => get(t.sheet, r, c0 + i) as number;
          expect([r, v(4)]).toEqual([r, v(1) + v(2) + v(3)]);
        }
      });

      it("keeps the porsi of the perangkat daerah adding up to 100", () => {
        const { book: b, wb } = book("harmonisasi-bantuan-hukum-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c = colNumber(t.lastCol);
        let s = 0;
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) s += get(t.sheet, r, c) as number;
        expect(Math.abs(s - 100)).toBeLessThan(0.05);
      });
    },
  },
);
