// The set must not lie (../forms/soundness.ts says what is checked), plus a check of its own: the
// kepesertaan recap's premi is PBI APBD x Rp 37.800 x 12 on every kecamatan row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind195 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the set forms-blind195 of unseen standard-form workbooks (Dinkes, JKN and imunisasi)",
  buildBlind195,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind195"),
    uniqueClean: true,
    extra: (loaded) => {
      it("charges Rp 37.800 x 12 per PBI APBD member on every kecamatan row", () => {
        const { book: b, wb } = loaded().find((l) => l.book.file.startsWith("rekap-kepesertaan-jkn-"))!;
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        let rows = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, c0) !== "number") continue;
          rows++;
          expect([r, get(t.sheet, r, c0 + 8)]).toEqual([
            r,
            (get(t.sheet, r, c0 + 4) as number) * 37_800 * 12,
          ]);
        }
        expect(rows).toBe(6);
      });
    },
  },
);
