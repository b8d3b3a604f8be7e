// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row keeps the Triwulan IV value while the flows add up, and no kecamatan handles more
// sampah than it generates.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind280 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 280th set of unseen standard-form workbooks (DLH persampahan)", buildBlind280, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind280"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("keeps the Triwulan IV level of the % row in E.81 column 12 and adds the flows", () => {
      const { book: b, wb } = book("e81-dlh-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      // kode, uraian, indikator, satuan, then K | Rp pairs for 5, 6, 7, 8..11, 12
      for (let r = t.firstDataRow; r <= t.firstDataRow + 3; r++) {
        const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 10 + 2 * i) as number);
        const k12 = get(t.sheet, r, c0 + 18) as number;
        const level = get(t.sheet, r, c0 + 3) === "%";
        expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
      }
    });

    it("never handles more sampah in a kecamatan than its timbulan", () => {
      const { book: b, wb } = book("rekap-sampah-tertangani-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        expect(get(t.sheet, r, c0 + 7) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 3) as number);
    });
  },
});
