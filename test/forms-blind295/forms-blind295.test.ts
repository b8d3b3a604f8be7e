// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no
// kecamatan distributes more buffer stock than it held, and no quarter serves more korban than
// were terdampak.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind295 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 295th set of unseen standard-form workbooks (Dinsos, penanganan bencana)",
  buildBlind295,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind295"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps every kecamatan's penyaluran within stok awal + penerimaan", () => {
        const { book: b, wb } = book("rekap-buffer-stock-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const [aw, tr, sl] = [3, 4, 5].map((i) => get(t.sheet, r, c0 + i) as number);
          expect([r, sl <= aw + tr]).toEqual([r, true]);
        }
      });

      it("serves no more korban than were terdampak in any quarter", () => {
        const { book: b, wb } = book("rekap-korban-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 3) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });
    },
  },
);
