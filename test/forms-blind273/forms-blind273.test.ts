// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row takes the Triwulan IV value, and every kecamatan's koperasi add up (aktif + tidak
// aktif = jumlah) with RAT tepat waktu never above the aktif ones.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind273 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 273rd set of unseen standard-form workbooks (Dinas Koperasi dan UKM, RAT, SHU and NIB)",
  buildBlind273,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind273"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters of the E.81 flows and keeps the Triwulan IV level of the % row", () => {
        const { book: b, wb } = book("e81-renja-2025-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 2; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 19) as number;
          const level = get(t.sheet, r, c0 + 4) === "%";
          expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });

      it("adds aktif and tidak aktif koperasi to the jumlah of every kecamatan", () => {
        const { book: b, wb } = book("rekap-koperasi-rat-shu-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const n = (k: number) => get(t.sheet, r, c0 + k) as number;
          expect([r, n(2) + n(3)]).toEqual([r, n(4)]);
          expect(n(5)).toBeLessThanOrEqual(n(2));
        }
      });
    },
  },
);
