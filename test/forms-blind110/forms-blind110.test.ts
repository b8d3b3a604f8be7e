// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// levels take the Triwulan IV value while the flows add their quarters, and no kegiatan but the planted
// one spends above its pagu.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind110 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the one hundred and tenth set of unseen standard-form workbooks (BRIDA)", buildBlind110, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind110"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("takes the Triwulan IV value for the E.81 levels (%) and adds the quarters of the flows", () => {
      const { book: b, wb } = book("e81-evaluasi-renja-brida-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      // K of Triwulan I-IV and of column 12: columns 4 + 2 * (3..6) and 4 + 2 * 7 after the first
      const kq = [0, 1, 2, 3].map((i) => c0 + 10 + 2 * i);
      const k12 = c0 + 18;
      let levels = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const ind = String(get(t.sheet, r, c0 + 3) ?? "");
        const v = get(t.sheet, r, k12);
        if (!ind || typeof v !== "number") continue;
        const q = kq.map((c) => get(t.sheet, r, c));
        const nums = q.filter((x): x is number => typeof x === "number");
        if (ind.includes("(%)")) {
          levels++;
          expect([r, v]).toEqual([r, q[3]]);
        } else expect([r, v]).toEqual([r, nums.reduce((n, x) => n + x, 0)]);
      }
      expect(levels).toBe(2);
    });

    it("spends no kegiatan kelitbangan above its pagu, except the planted HAKI row", () => {
      const { book: b, wb } = book("rekap-inovasi-pd-");
      const t = b.expected().tables[1];
      const get = getter(wb);
      const entries = Object.entries(t.columns);
      const pagu = colNumber(entries.find(([, r]) => Array.isArray(r) && r[0] === "anggaran")![0]);
      const real = colNumber(entries.find(([, r]) => Array.isArray(r) && r[0] === "realisasi-anggaran")![0]);
      const over: number[] = [];
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const p = get(t.sheet, r, pagu);
        const x = get(t.sheet, r, real);
        if (typeof p === "number" && typeof x === "number" && x > p) over.push(r);
      }
      expect(over.length).toBe(b.findings.filter((f) => f.rules.includes("serapan-over-100")).length);
    });
  },
});
