// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// alat tangkap row's Jumlah is its four quarters, and no kecamatan has more KUSUKA holders than nelayan.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind281 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 281st set of unseen standard-form workbooks (Dinas Perikanan, perikanan tangkap)",
  buildBlind281,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind281"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the four quarters into every alat tangkap row's Jumlah", () => {
        const { book: b, wb } = book("produksi-per-alat-tangkap-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const q = [3, 4, 5, 6].map((i) => get(t.sheet, r, c0 + i) as number);
          expect(get(t.sheet, r, c0 + 7) as number).toBeCloseTo(q[0] + q[1] + q[2] + q[3], 6);
        }
      });

      it("keeps the KUSUKA holders and solar tersalur of each kecamatan within its nelayan and kuota", () => {
        const { book: b, wb } = book("kusuka-bbm-subsidi-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          expect(get(t.sheet, r, c0 + 2) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 1) as number);
          expect(get(t.sheet, r, c0 + 5) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 4) as number);
        }
      });
    },
  },
);
