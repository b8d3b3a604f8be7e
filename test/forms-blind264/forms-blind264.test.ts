// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 flows add their quarters while the cakupan row keeps its Triwulan IV level, and the rabies
// recap's year row carries the Triwulan IV population (a stock), not the sum of the quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind264 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 264th set of unseen standard-form workbooks (Disnakkeswan, rabies, PMK, IB and daging ASUH)",
  buildBlind264,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind264"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level of the E.81 cakupan row and adds the quarters of the kegiatan", () => {
        const { book: b, wb } = book("e81-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const q = (r: number) => [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
        const k12 = (r: number) => get(t.sheet, r, c0 + 19) as number;
        const r0 = t.firstDataRow;
        expect(k12(r0)).toBe(q(r0)[3]);
        expect(k12(r0 + 1)).toBe(q(r0 + 1).reduce((x, y) => x + y, 0));
      });

      it("carries the Triwulan IV population into the year row of the rabies recap", () => {
        const { book: b, wb } = book("rekap-vaksinasi-rabies-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c = colNumber(t.firstCol) + 1;
        const pops = [0, 1, 2, 3].map((i) => get(t.sheet, t.firstDataRow + i, c) as number);
        expect(get(t.sheet, t.lastDataRow, c)).toBe(pops[3]);
        for (let i = 1; i < 4; i++) expect(pops[i]).toBeGreaterThanOrEqual(pops[i - 1]);
      });
    },
  },
);
