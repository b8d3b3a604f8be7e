// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// PSR dana column is 60 juta per hectare planted, and no ISPO count exceeds its koperasi's anggota.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind228 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 228th set of unseen standard-form workbooks (Dinas Perkebunan, PSR, TBS and ISPO)",
  buildBlind228,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind228"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("pays Rp 60 juta per hectare of PSR planted in every kecamatan", () => {
        const { book: b, wb } = book("rekap-psr-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++)
          expect([r, get(t.sheet, r, c0 + 9)]).toEqual([r, (get(t.sheet, r, c0 + 7) as number) * 60]);
      });

      it("never certifies more pekebun than a koperasi has", () => {
        const { book: b, wb } = book("produksi-tbs-");
        const t = b.expected().tables[1];
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 2) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 1) as number);
      });
    },
  },
);
