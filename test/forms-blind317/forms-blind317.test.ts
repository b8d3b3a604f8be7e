// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// Jumlah serapan stays at or below 100 %, and every kecamatan's TPT and % miskin (except the planted
// one) is a plausible percentage.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind317 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 317th set of unseen standard-form workbooks (Bappeda, indikator makro RPJMD)",
  buildBlind317,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind317"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the JUMLAH serapan of the triwulan table at or below 100 %", () => {
        const { book: b, wb } = book("pdrb-lapangan-usaha-");
        const t = b.expected().tables[1];
        const v = getter(wb)(t.sheet, t.lastDataRow, colNumber(t.lastCol)) as number;
        expect(v).toBeGreaterThan(80);
        expect(v).toBeLessThanOrEqual(100);
      });

      it("keeps every % miskin of the kecamatan recap between 0 and 100", () => {
        const { book: b, wb } = book("rekap-kemiskinan-tpt-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = get(t.sheet, r, colNumber(t.firstCol) + 3) as number;
          expect([r, v > 0 && v < 100]).toEqual([r, true]);
        }
      });
    },
  },
);
