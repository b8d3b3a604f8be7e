// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// saldo awal of each quarter is the saldo akhir of the quarter before (by arithmetic), and no status
// of the BPK recap exceeds its row's rekomendasi.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind278 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 278th set of unseen standard-form workbooks (Inspektorat, temuan BPK, SPIP and probity audit)",
  buildBlind278,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind278"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("chains the saldo kerugian daerah: each saldo awal is the previous (2)+(3)-(4)", () => {
        const { book: b, wb } = book("kerugian-daerah-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const n = (r: number, i: number) => get(t.sheet, r, c0 + i) as number;
        for (let r = t.firstDataRow + 1; r < t.lastDataRow; r++)
          expect([r, n(r, 1)]).toEqual([r, n(r - 1, 1) + n(r - 1, 2) - n(r - 1, 3)]);
      });

      it("keeps every status of the BPK recap at or below its row's rekomendasi", () => {
        const { book: b, wb } = book("rekap-tindak-lanjut-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          for (let i = 3; i <= 6; i++)
            expect(get(t.sheet, r, c0 + i) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });
    },
  },
);
