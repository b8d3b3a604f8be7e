// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// logistik stock is awal + penerimaan - penyaluran wherever it is a formula, and the recap's % of
// dilayani never exceeds 100 outside the planted cache.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind271 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 271st set of unseen standard-form workbooks (BPBD, desa tangguh, EWS, logistik)",
  buildBlind271,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind271"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the served jiwa of every kecamatan at or below its terdampak", () => {
        const { book: b, wb } = book("rekap-korban-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect([r, (get(t.sheet, r, c0 + 6) as number) <= (get(t.sheet, r, c0 + 3) as number)]).toEqual([
            r,
            true,
          ]);
      });

      it("places the EWS table one empty column right of the logistik table, on the same top row", () => {
        const { book: b } = book("logistik-buffer-stock-");
        const [l, e] = b.expected().tables;
        expect(colNumber(e.firstCol)).toBe(colNumber(l.lastCol) + 2);
        expect(e.header[0]).toBe(l.header[0]);
      });
    },
  },
);
