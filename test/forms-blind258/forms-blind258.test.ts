// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// peserta KB aktif Posisi Desember is the Triwulan IV stock, and kampung KB never exceed the desa.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind258 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 258th set of unseen standard-form workbooks (DPPKB, kampung KB)", buildBlind258, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind258"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("keeps the Posisi Desember of every method at its Triwulan IV stock", () => {
      const { book: b, wb } = book("rekap-peserta-kb-");
      const t = b.expected().tables[0];
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        expect([r, get(t.sheet, r, c0 + 5)]).toEqual([r, get(t.sheet, r, c0 + 4)]);
    });

    it("never has more kampung KB aktif than desa in a kecamatan", () => {
      const { book: b, wb } = book("rekap-kampung-kb-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        expect(get(t.sheet, r, c0 + 8) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
    });
  },
});
