// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the LRA
// SiLPA quarters follow surplus + pembiayaan neto, and every SP2D tepat waktu count stays within
// its quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind223 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 223rd set of unseen standard-form workbooks (BPKAD, kas daerah, SP2D, LRA)",
  buildBlind223,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind223"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the LRA belanja within its pagu and lets pendapatan exceed its target", () => {
        const { book: b, wb } = book("lra-triwulan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        let over = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const kode = String(get(t.sheet, r, c0) ?? "");
          const pagu = get(t.sheet, r, c0 + 2) as number;
          const real = get(t.sheet, r, c0 + 7) as number;
          if (kode.startsWith("5")) expect([kode, real <= pagu]).toEqual([kode, true]);
          if (kode.startsWith("4") && real > pagu) over++;
        }
        expect(over).toBeGreaterThan(0);
      });

      it("never counts more SP2D issued on time than were issued in the year", () => {
        const { book: b, wb } = book("rekap-sp2d-");
        const t = b.expected().tables[0];
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const q = [1, 2, 3, 4].reduce((s, i) => s + (get(t.sheet, r, c0 + i) as number), 0);
          expect((get(t.sheet, r, c0 + 6) as number) <= q).toBe(true);
        }
      });
    },
  },
);
