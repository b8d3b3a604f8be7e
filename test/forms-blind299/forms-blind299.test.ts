// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// per-kecamatan recap keeps (5) = (3)+(4) on every row, and the bank sampah year row keeps the
// Triwulan IV level of the unit and nasabah columns.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind299 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 299th set of unseen standard-form workbooks (DLH, persampahan)", buildBlind299, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind299"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("keeps terkelola = pengurangan + penanganan on every row of the kecamatan recap", () => {
      const { book: b, wb } = book("rekap-timbulan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = (k: number) => get(t.sheet, r, c0 + k) as number;
        expect([r, v(6)]).toEqual([r, v(4) + v(5)]);
      }
    });

    it("takes the Triwulan IV level of bank sampah and nasabah for the year", () => {
      const { book: b, wb } = book("retribusi-persampahan-");
      const t = b.expected().tables[1];
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (const k of [1, 2])
        expect(get(t.sheet, t.lastDataRow, c0 + k)).toBe(get(t.sheet, t.lastDataRow - 1, c0 + k));
    });
  },
});
