// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no KPH
// spends above its pagu except the planted one, and the E.81 level rows take the Triwulan IV value
// while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind102 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-second set of unseen standard-form workbooks (Dinas Kehutanan)",
  buildBlind102,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind102"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("spends no KPH budget above its pagu, except the planted Dharmasraya row", () => {
        const { book: b, wb } = book("rekap-rhl-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const letters = Object.entries(t.columns);
        const pagu = colNumber(letters.find(([, r]) => Array.isArray(r) && r[0] === "anggaran")![0]);
        const real = colNumber(
          letters.find(([, r]) => Array.isArray(r) && r[0] === "realisasi-anggaran")![0],
        );
        const over: number[] = [];
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const p = get(t.sheet, r, pagu);
          const x = get(t.sheet, r, real);
          if (typeof p === "number" && typeof x === "number" && x > p) over.push(r);
        }
        expect(over.length).toBe(b.findings.filter((f) => f.rules.includes("serapan-over-100")).length);
      });

      it("takes the Triwulan IV value for the % rows of the E.81 and adds the quarters of the others", () => {
        const { book: b, wb } = book("e81-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c1 = colNumber(t.firstCol);
        const sat = c1 + 4;
        const q = [0, 1, 2, 3].map((i) => c1 + 11 + 2 * i);
        const k12 = c1 + 19;
        let levels = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = get(t.sheet, r, k12);
          const qs = q.map((c) => get(t.sheet, r, c));
          if (typeof v !== "number" || qs.some((x) => typeof x !== "number")) continue;
          const sum = (qs as number[]).reduce((n, x) => n + x, 0);
          if (get(t.sheet, r, sat) === "%") {
            levels++;
            expect([r, v]).toEqual([r, qs[3]]);
          } else expect([r, Math.abs(v - sum) < 1e-6]).toEqual([r, true]);
        }
        expect(levels).toBe(3);
      });
    },
  },
);
