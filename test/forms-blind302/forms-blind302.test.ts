// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no
// puskesmas immunises more than its sasaran, and the KIA cumulative row's Jumlah is its TW IV value.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind302 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 302nd set of unseen standard-form workbooks (Dinkes, imunisasi and KIA)", buildBlind302, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind302"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("keeps IDL L + P of every puskesmas at or below its sasaran bayi", () => {
      const { book: b, wb } = book("rekap-idl-uci-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        expect(get(t.sheet, r, c0 + 5) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
    });

    it("gives the KIA cumulative UCI row its TW IV value as Jumlah", () => {
      const { book: b, wb } = book("rekap-kia-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      expect(get(t.sheet, t.lastDataRow, c0 + 7)).toBe(get(t.sheet, t.lastDataRow, c0 + 6));
    });
  },
});
