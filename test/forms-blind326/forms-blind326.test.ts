// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: in the
// kecamatan recap every produksi is luas panen x produktivitas / 10 and every luas panen stays within the
// luas tanam; in the E.81 the level rows keep the Triwulan IV level in column 12.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind326 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 326th set of unseen standard-form workbooks (Dinas Pertanian tanaman pangan)",
  buildBlind326,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind326"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps produksi = luas panen x produktivitas / 10 and luas panen <= luas tanam per kecamatan", () => {
        const { book: b, wb } = book("rekap-luas-tanam-produksi-padi-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const lt = get(t.sheet, r, c0 + 5) as number;
          const lp = get(t.sheet, r, c0 + 7) as number;
          const prv = get(t.sheet, r, c0 + 8) as number;
          const prod = get(t.sheet, r, c0 + 9) as number;
          expect(lp).toBeLessThanOrEqual(lt);
          expect(Math.abs(prod - (lp * prv) / 10)).toBeLessThanOrEqual(0.5);
        }
      });

      it("keeps the Triwulan IV level in column 12 K of the E.81 level rows", () => {
        const { book: b, wb } = book("e81-renja-distan-pangan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 5; r++) {
          const sat = get(t.sheet, r, c0 + 4);
          if (!["%", "ku/ha", "indeks"].includes(String(sat))) continue;
          expect(get(t.sheet, r, c0 + 19)).toBe(get(t.sheet, r, c0 + 17));
        }
      });
    },
  },
);
