// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no
// kecamatan pays off more PBB-P2 than it owed (saldo awal + penambahan), the triwulan kumulatif
// column only grows, and the E.81 rasio PAD row keeps its Triwulan IV level.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind311 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 311th set of unseen standard-form workbooks (Bapenda: PAD per jenis pajak, retribusi, piutang)",
  buildBlind311,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind311"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps every kecamatan's pelunasan within saldo awal + penambahan, and a growing kumulatif", () => {
        const { book: b, wb } = book("piutang-pbb-p2-");
        const [left, right] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(left.firstCol);
        for (let r = left.firstDataRow; r <= left.lastDataRow; r++) {
          const owed = (get(left.sheet, r, c0 + 2) as number) + (get(left.sheet, r, c0 + 3) as number);
          expect(get(left.sheet, r, c0 + 4) as number).toBeLessThanOrEqual(owed);
        }
        const k = colNumber(right.firstCol) + 3;
        for (let r = right.firstDataRow + 1; r < right.lastDataRow; r++)
          expect(get(right.sheet, r, k) as number).toBeGreaterThan(get(right.sheet, r - 1, k) as number);
      });

      it("keeps the Triwulan IV level in the E.81 rasio PAD row (column 12 K)", () => {
        const { book: b, wb } = book("e81-bapenda-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const r = t.firstDataRow;
        expect(get(t.sheet, r, c0 + 4)).toBe("%");
        expect(get(t.sheet, r, c0 + 19)).toBe(get(t.sheet, r, c0 + 17));
      });
    },
  },
);
