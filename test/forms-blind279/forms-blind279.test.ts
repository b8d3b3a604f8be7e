// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 APM row takes the Triwulan IV level, and no APM of the recap other than the planted one passes 100.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind279 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 279th set of unseen standard-form workbooks (Disdik SMP: APM, putus sekolah, ruang kelas)",
  buildBlind279,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind279"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters of the E.81 flows and keeps the Triwulan IV level of the APM row", () => {
        const { book: b, wb } = book("e81-renja-smp-");
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

      it("keeps every APM of the recap at or below 100 except the planted Watu Ombo", () => {
        const { book: b, wb } = book("rekap-apm-smp-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const over: string[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          if ((get(t.sheet, r, c0 + 7) as number) > 100) over.push(String(get(t.sheet, r, c0 + 1)));
        expect(over).toEqual(["Watu Ombo"]);
      });
    },
  },
);
