// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 program row keeps the Triwulan IV level, and every kecamatan's pembayaran stays within its
// pokok tunggakan.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind343 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 343th set of unseen standard-form workbooks (Badan Pendapatan Daerah: pajak daerah per jenis, PBB-P2, BPHTB, retribusi, target dan realisasi per bulan, tunggakan)",
  buildBlind343,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind343"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level in the E.81 program row", () => {
        const { book: b, wb } = book("e81-bapenda-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const r = t.firstDataRow;
        expect(get(t.sheet, r, c0 + 3)).toBe("%");
        expect(get(t.sheet, r, c0 + 18)).toBe(get(t.sheet, r, c0 + 16));
      });

      it("keeps every kecamatan's pembayaran at or below its pokok tunggakan", () => {
        const { book: b, wb } = book("tunggakan-pbb-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 3) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });
    },
  },
);
