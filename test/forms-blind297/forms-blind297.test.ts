// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level row keeps its Triwulan IV value, and every kecamatan's rumah tangga terlayani stays within its
// rumah tangga (only the planted typed percentage says otherwise).
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind297 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 297th set of unseen standard-form workbooks (PUPR / PDAM, air minum)", buildBlind297, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind297"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("keeps the Triwulan IV level in column 12 K of the E.81 % row and sums the flows", () => {
      const { book: b, wb } = book("evaluasi-e81-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.firstDataRow + 3; r++) {
        const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
        const k12 = get(t.sheet, r, c0 + 19) as number;
        const level = get(t.sheet, r, c0 + 4) === "%";
        expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
      }
    });

    it("never serves more households than a kecamatan has", () => {
      const { book: b, wb } = book("rekap-sr-cakupan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        expect(get(t.sheet, r, c0 + 5) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
    });
  },
});
