// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level rows keep the Triwulan IV value, and the visit recap's Jumlah keeps the last stock of
// members while it adds the quarterly visits.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind266 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 266th set of unseen standard-form workbooks (Dinas Perpustakaan dan Kearsipan)",
  buildBlind266,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind266"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters of the E.81 flows and keeps the Triwulan IV level of the nilai and % rows", () => {
        const { book: b, wb } = book("e81-renja-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 3; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 19) as number;
          const level = ["%", "nilai"].includes(get(t.sheet, r, c0 + 4) as string);
          expect([r, Math.abs(k12 - (level ? q[3] : q[0] + q[1] + q[2] + q[3])) < 1e-9]).toEqual([r, true]);
        }
      });

      it("keeps the member stock of Triwulan IV in the Jumlah row of the visit recap", () => {
        const { book: b, wb } = book("rekap-kunjungan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        expect(get(t.sheet, t.lastDataRow, c0 + 7)).toBe(get(t.sheet, t.lastDataRow - 1, c0 + 7));
        for (let r = t.firstDataRow + 1; r < t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 7) as number).toBeGreaterThan(get(t.sheet, r - 1, c0 + 7) as number);
      });
    },
  },
);
