// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// T-C.27's Rp kondisi akhir adds the five years' Rp (never the K between them) except where a mistake
// is planted, and every month's yoy change in the price table is (2024 - 2023) / 2023 except the
// planted two.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind167 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-sixty-seventh set of unseen standard-form workbooks (Penataan Ruang, TPID)",
  buildBlind167,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind167"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the five years' Rp in the T-C.27 kondisi akhir, except the planted row", () => {
        const { book: b, wb } = book("tc27-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const rpCols = Object.entries(t.columns)
          .filter(([, r]) => Array.isArray(r) && r[0] === "anggaran")
          .map(([l]) => colNumber(l));
        const akhir = colNumber(
          Object.entries(t.columns).filter(([, r]) => Array.isArray(r) && r[0] === "kondisi-akhir")[1][0],
        );
        expect(rpCols.length).toBe(5);
        const off: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const total = rpCols.reduce((n, c) => n + Number(get(t.sheet, r, c)), 0);
          if (total !== get(t.sheet, r, akhir)) off.push(r);
        }
        expect(off.length).toBe(1);
      });

      it("computes each month's yoy against 2023, except the two planted months", () => {
        const { book: b, wb } = book("harga-beras-");
        const get = getter(wb);
        let wrong = 0;
        for (const t of b.expected().tables) {
          const c1 = colNumber(t.firstCol);
          for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
            const h23 = Number(get(t.sheet, r, c1 + 1));
            const h24 = Number(get(t.sheet, r, c1 + 2));
            const y = Number(get(t.sheet, r, c1 + 3));
            if (Math.abs(y - Math.round(((h24 - h23) / h23) * 10000) / 100) > 0.006) wrong++;
          }
        }
        expect(wrong).toBe(2);
      });
    },
  },
);
