// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row takes the Triwulan IV value while the flows add their quarters, and every period of
// the kenaikan pangkat recap splits its usul into (3) + (6).
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind218 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 218th set of unseen standard-form workbooks (BKPSDM, manajemen ASN)", buildBlind218, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind218"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds the quarters of the E.81 flows and keeps the Triwulan IV level of the % row", () => {
      const { book: b, wb } = book("e81-renja-2024-bkpsdm-");
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

    it("splits every period's usul kenaikan pangkat into tidak memenuhi syarat and ditetapkan", () => {
      const { book: b, wb } = book("rekap-usul-kenaikan-pangkat-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r < t.lastDataRow; r++)
        expect([r, (get(t.sheet, r, c0 + 2) as number) + (get(t.sheet, r, c0 + 5) as number)]).toEqual([
          r,
          get(t.sheet, r, c0 + 1) as number,
        ]);
    });
  },
});
