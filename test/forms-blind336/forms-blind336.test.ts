// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// T-C.27 kondisi akhir Rp is the five years' Rp in every row, and every ruang of the BOR recap except
// the planted ICU keeps BOR = HP / (TT x 92) x 100 and BTO = pasien keluar / TT.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind336 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 336th set of unseen standard-form workbooks (RSUD: BOR, LOS, TOI, BLUD, kepuasan, waktu tunggu)",
  buildBlind336,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind336"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the T-C.27 kondisi akhir Rp equal to the five years' Rp in every row", () => {
        const { book: b, wb } = book("tc27-rsud-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const years = [0, 1, 2, 3, 4].map((i) => get(t.sheet, r, c0 + 7 + 2 * i) as number);
          const ka = get(t.sheet, r, c0 + 17) as number;
          expect([r, Math.abs(ka - years.reduce((x, y) => x + y, 0)) < 0.01]).toEqual([r, true]);
        }
      });

      it("keeps BOR and BTO of every ruang but the planted ICU consistent with TT, HP and pasien keluar", () => {
        const { book: b, wb } = book("rekap-bor-los-toi-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const [tt, hp, pk, bor, bto] = [2, 3, 5, 6, 9].map((i) => get(t.sheet, r, c0 + i) as number);
          expect(Math.abs(bto - pk / tt)).toBeLessThan(0.006);
          if (get(t.sheet, r, c0 + 1) !== "ICU")
            expect(Math.abs(bor - (hp / (tt * 92)) * 100)).toBeLessThan(0.006);
        }
      });
    },
  },
);
