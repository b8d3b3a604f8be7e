// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// levels take their Triwulan IV value while the flows add their quarters, and the T-C.27 kondisi akhir
// Rp is the sum of the five years wherever it is a formula.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind113 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-thirteenth set of unseen standard-form workbooks (Dinas Perhubungan)",
  buildBlind113,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind113"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("evaluasi-renja-e81-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const first = colNumber(t.firstCol);
        const ind = first + 3;
        const kq = [0, 1, 2, 3].map((q) => first + 10 + 2 * q);
        const k12 = first + 18;
        let levels = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const kode = get(t.sheet, r, first + 1);
          if (typeof kode !== "string" || !/^\d\.\d{2}/.test(kode)) continue;
          const name = String(get(t.sheet, r, ind));
          const q = kq.map((c) => get(t.sheet, r, c) as number);
          const y = get(t.sheet, r, k12) as number;
          const level = name.endsWith("(%)");
          if (level) levels++;
          const want = level ? q[3] : q.reduce((n, v) => n + v, 0);
          expect([r, Math.abs(y - want) < 1e-6]).toEqual([r, true]);
        }
        expect(levels).toBe(2);
      });

      it("makes every T-C.27 kondisi akhir Rp the sum of the five years' Rp", () => {
        const { book: b, wb } = book("renstra-tc27-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const rpCols = Object.entries(t.columns)
          .filter(([, r]) => Array.isArray(r) && r[0] === "anggaran")
          .map(([l]) => colNumber(l));
        expect(rpCols.length).toBe(5);
        const akRp = colNumber(Object.entries(t.columns).find(([, r]) => r === "kondisi-akhir")![0]) + 1;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const total = rpCols.reduce((n, c) => n + (get(t.sheet, r, c) as number), 0);
          expect([r, Math.abs((get(t.sheet, r, akRp) as number) - total) < 1e-6]).toEqual([r, true]);
        }
      });
    },
  },
);
