// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// quarterly table beside the objek wisata recap adds up to the same wisnus and wisman totals, and
// every kecamatan's desa wisata classes stay within the Kota total.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind337 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 337th set of unseen standard-form workbooks (Dinas Pariwisata: kunjungan wisatawan nusantara dan mancanegara, retribusi objek wisata, tingkat hunian hotel, lama tinggal, desa wisata)",
  buildBlind337,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind337"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("gives the same wisnus and wisman totals per objek and per triwulan", () => {
        const { book: b, wb } = book("rekap-kunjungan-retribusi-");
        const [t, q] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const q0 = colNumber(q.firstCol);
        for (const i of [0, 1])
          expect(get(t.sheet, t.lastDataRow, c0 + 3 + i)).toBe(get(q.sheet, q.lastDataRow, q0 + 1 + i));
      });

      it("keeps every kecamatan's malam kamar terjual at or below the kamar tersedia", () => {
        const { book: b, wb } = book("rekap-desa-wisata-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 8) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 7) as number);
      });
    },
  },
);
