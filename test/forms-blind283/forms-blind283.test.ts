// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// T-C.27 % rows keep the year-5 target as kondisi akhir, and the sentra recap's shares add up to 100.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind283 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 283rd set of unseen standard-form workbooks (Dinas Perindustrian, sentra IKM and sertifikasi)",
  buildBlind283,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind283"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the year-5 target as the kondisi akhir of every % row of the T-C.27", () => {
        const { book: b, wb } = book("tc27-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          if (get(t.sheet, r, c0 + 3) === "%")
            expect([r, get(t.sheet, r, c0 + 15)]).toEqual([r, get(t.sheet, r, c0 + 13)]);
      });

      it("has kecamatan shares that add up to 100 in the sentra recap", () => {
        const { book: b, wb } = book("rekap-sentra-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c = colNumber(t.lastCol);
        let total = 0;
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) total += get(t.sheet, r, c) as number;
        expect(Math.abs(total - 100)).toBeLessThan(0.05);
      });
    },
  },
);
