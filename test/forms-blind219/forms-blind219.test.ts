// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// tera ulang location has sah + batal = jumlah ditera, and every price average lies between the
// lowest and the highest quarter.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind219 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 219th set of unseen standard-form workbooks (Dinas Perdagangan, metrologi and harga pokok)",
  buildBlind219,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind219"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("splits every location's UTTP ditera into sah and batal", () => {
        const { book: b, wb } = book("rekap-tera-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const j = get(t.sheet, r, c0 + 5) as number;
          const sahBatal = (get(t.sheet, r, c0 + 6) as number) + (get(t.sheet, r, c0 + 7) as number);
          expect([r, sahBatal]).toEqual([r, j]);
        }
      });

      it("keeps every yearly price average between the lowest and the highest quarter", () => {
        const { book: b, wb } = book("harga-bahan-pokok-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const q = [4, 5, 6, 7].map((i) => get(t.sheet, r, c0 + i) as number);
          const avg = get(t.sheet, r, c0 + 8) as number;
          expect([r, avg >= Math.min(...q) && avg <= Math.max(...q)]).toEqual([r, true]);
        }
      });
    },
  },
);
