// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level rows keep the Triwulan IV value, and the UPTD recap's wajib uji total is a position.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind235 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 235th set of unseen standard-form workbooks (Dishub, parkir, KIR and PJU)",
  buildBlind235,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind235"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters of the E.81 flows and keeps the Triwulan IV level of the % rows", () => {
        const { book: b, wb } = book("e81-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 3; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 10 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 18) as number;
          const level = get(t.sheet, r, c0 + 3) === "%";
          expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });

      it("keeps lulus at or below diuji and menyala at or below terpasang in the UPTD recap", () => {
        const { book: b, wb } = book("rekap-uji-kir-");
        const get = getter(wb);
        const [kir, pju] = b.expected().tables;
        const ck = colNumber(kir.firstCol);
        for (let r = kir.firstDataRow; r <= kir.lastDataRow; r++)
          expect(get(kir.sheet, r, ck + 3) as number).toBeLessThanOrEqual(
            get(kir.sheet, r, ck + 2) as number,
          );
        const cp = colNumber(pju.firstCol);
        for (let r = pju.firstDataRow; r <= pju.lastDataRow; r++)
          expect(get(pju.sheet, r, cp + 3) as number).toBeLessThanOrEqual(
            get(pju.sheet, r, cp + 2) as number,
          );
      });
    },
  },
);
