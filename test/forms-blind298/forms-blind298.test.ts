// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// koperasi recap's Terdaftar is Aktif + Tidak Aktif on every row, and the UMKM recap's binaan aktif
// TOTAL is the Triwulan IV position, not a sum.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind298 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 298th set of unseen standard-form workbooks (Diskop UKM, koperasi and UMKM)",
  buildBlind298,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind298"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps Terdaftar = Aktif + Tidak Aktif on every row of the koperasi recap", () => {
        const { book: b, wb } = book("rekap-koperasi-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect([r, get(t.sheet, r, c0 + 1)]).toEqual([
            r,
            (get(t.sheet, r, c0 + 2) as number) + (get(t.sheet, r, c0 + 3) as number),
          ]);
      });

      it("takes the Triwulan IV position for the TOTAL of UMKM binaan aktif", () => {
        const { book: b, wb } = book("rekap-nib-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c = colNumber(t.firstCol) + 5;
        expect(get(t.sheet, t.lastDataRow, c)).toBe(get(t.sheet, t.lastDataRow - 1, c));
      });
    },
  },
);
