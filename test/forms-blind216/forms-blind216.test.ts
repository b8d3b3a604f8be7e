// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level rows take the Triwulan IV value, and no kecamatan sells more kamar-malam than it has.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind216 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 216th set of unseen standard-form workbooks (Disparekraf, event, homestay and retribusi)",
  buildBlind216,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind216"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters of the E.81 flows and keeps the Triwulan IV level of the % and indeks rows", () => {
        const { book: b, wb } = book("evaluasi-e81-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 3; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 19) as number;
          const level = ["%", "indeks"].includes(get(t.sheet, r, c0 + 4) as string);
          expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });

      it("sells no more kamar-malam than each kecamatan has", () => {
        const { book: b, wb } = book("homestay-desa-wisata-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 6) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 5) as number);
      });
    },
  },
);
