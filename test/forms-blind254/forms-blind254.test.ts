// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no kecamatan
// has more voters than its DPT (by sex), and every party's bantuan is its suara times the rate per suara.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind254 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 254th set of unseen standard-form workbooks (Kesbangpol, pemilu, pilkada and banpol)",
  buildBlind254,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind254"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the pengguna hak pilih of every kecamatan at or below its DPT, by sex", () => {
        const { book: b, wb } = book("rekap-partisipasi-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++)
          for (const d of [2, 3])
            expect(get(t.sheet, r, c0 + d + 3) as number).toBeLessThanOrEqual(
              get(t.sheet, r, c0 + d) as number,
            );
      });

      it("gives every party its suara times the bantuan per suara", () => {
        const { book: b, wb } = book("rekap-banpol-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 5)).toBe(
            (get(t.sheet, r, c0 + 3) as number) * (get(t.sheet, r, c0 + 4) as number),
          );
      });
    },
  },
);
