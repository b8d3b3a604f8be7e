// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no
// kecamatan reports more pengaduan ditindaklanjuti than came in, and the IKLH weights add up to one.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind315 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 315th set of unseen standard-form workbooks (DLH: IKLH, IKA/IKU/IKTL, RTH, pengaduan, uji emisi)",
  buildBlind315,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind315"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps every kecamatan's ditindaklanjuti at or below its pengaduan masuk", () => {
        const { book: b, wb } = book("rekap-pengaduan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 7) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 6) as number);
      });

      it("weights the IKLH components to a total of 1 and keeps the index between 0 and 100", () => {
        const { book: b, wb } = book("rekap-rth-iklh-");
        const t = b.expected().tables[1];
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        expect(get(t.sheet, t.lastDataRow, c0 + 1) as number).toBeCloseTo(1, 6);
        const iklh = get(t.sheet, t.lastDataRow, c0 + 3) as number;
        expect(iklh).toBeGreaterThan(0);
        expect(iklh).toBeLessThan(100);
      });
    },
  },
);
