// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the panti
// recap keeps the penghuni level of Triwulan IV in its Jumlah row, and no kecamatan gets more bansos
// than its allocation.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind306 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 306th set of unseen standard-form workbooks (Dinas Sosial, bansos, panti, KUBE)",
  buildBlind306,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind306"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV penghuni as the Jumlah of the level column", () => {
        const { book: b, wb } = book("rekap-ppks-panti-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c = colNumber(t.firstCol) + 5;
        expect(get(t.sheet, t.lastDataRow, c)).toBe(get(t.sheet, t.lastDataRow - 1, c));
      });

      it("hands out no more KPM per kecamatan than allocated", () => {
        const { book: b, wb } = book("rekap-penyaluran-bansos-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 5) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });
    },
  },
);
