// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level row keeps its Triwulan IV value, and the insiden recap never closes more than it received and
// carries the Triwulan IV stock of sertifikat aktif in its Jumlah row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind270 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 270th set of unseen standard-form workbooks (Diskominfo, statistik sektoral and persandian)",
  buildBlind270,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind270"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level of the E.81 % row in columns 12 and 13", () => {
        const { book: b, wb } = book("e81-statistik-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const r = t.firstDataRow;
        expect(get(t.sheet, r, c0 + 3)).toBe("%");
        const tw4 = get(t.sheet, r, c0 + 4 + 2 * 6);
        expect(get(t.sheet, r, c0 + 4 + 2 * 7)).toBe(tw4);
        expect(get(t.sheet, r, c0 + 4 + 2 * 8)).toBe(tw4);
      });

      it("closes no more insiden than were reported, and keeps the TW IV stock of sertifikat aktif", () => {
        const { book: b, wb } = book("rekap-insiden-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 2) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 1) as number);
        expect(get(t.sheet, t.lastDataRow, c0 + 8)).toBe(get(t.sheet, t.lastDataRow - 1, c0 + 8));
      });
    },
  },
);
