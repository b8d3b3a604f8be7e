// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// kecamatan's UTTP disahkan + dibatalkan equals its jumlah ditera, and no kios/los table row fills
// more kios than it has.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind318 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 318th set of unseen standard-form workbooks (Dinas Perdagangan: harga, pasar, UTTP, retribusi)",
  buildBlind318,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind318"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps disahkan + dibatalkan equal to the UTTP ditera in every kecamatan and the Jumlah", () => {
        const { book: b, wb } = book("rekap-uttp-kecamatan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const j = get(t.sheet, r, c0 + 5) as number;
          expect([r, (get(t.sheet, r, c0 + 6) as number) + (get(t.sheet, r, c0 + 7) as number)]).toEqual([
            r,
            j,
          ]);
        }
      });

      it("never fills more kios than a pasar has", () => {
        const { book: b, wb } = book("rekap-retribusi-pasar-");
        const t = b.expected().tables[1];
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 2) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 1) as number);
      });
    },
  },
);
