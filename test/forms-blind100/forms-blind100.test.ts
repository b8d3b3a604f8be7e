// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the medal
// Jumlah adds its three medals, and only the planted row spends above its pagu.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind100 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundredth set of unseen standard-form workbooks (Dispora Aceh and Maluku)",
  buildBlind100,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind100"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds gold, silver and bronze to the Jumlah of every kabupaten/kota of the Porprov recap", () => {
        const { book: b, wb } = book("rekap-medali-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c1 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const v = [3, 4, 5, 6].map((d) => get(t.sheet, r, c1 + d) as number);
          expect([r, v[0] + v[1] + v[2]]).toEqual([r, v[3]]);
        }
      });

      it("spends no more than the pagu on any prasarana except the planted Aceh Tengah row", () => {
        const { book: b, wb } = book("rekap-bantuan-prasarana-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c1 = colNumber(t.firstCol);
        const over: number[] = [];
        for (let r = t.firstDataRow; r < t.lastDataRow; r++)
          if ((get(t.sheet, r, c1 + 4) as number) > (get(t.sheet, r, c1 + 3) as number)) over.push(r);
        expect(over.length).toBe(1);
      });
    },
  },
);
