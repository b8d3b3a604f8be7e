// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row keeps the Triwulan IV value, and each quarter of the klaim BPJS recap splits its
// berkas into layak, pending and dispute.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind240 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 240th set of unseen standard-form workbooks (RSUD, indikator mutu and klaim BPJS)",
  buildBlind240,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind240"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level in the E.81 % row", () => {
        const { book: b, wb } = book("e81-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const r = t.firstDataRow;
        expect(get(t.sheet, r, c0 + 3)).toBe("%");
        expect(get(t.sheet, r, c0 + 18)).toBe(get(t.sheet, r, c0 + 16));
      });

      it("splits every quarter's berkas BPJS into layak, pending and dispute", () => {
        const { book: b, wb } = book("rekap-klaim-bpjs-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const n = (i: number) => get(t.sheet, r, c0 + i) as number;
          expect([r, n(3)]).toEqual([r, n(4) + n(5) + n(6)]);
        }
      });
    },
  },
);
