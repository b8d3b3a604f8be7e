// The sixth set must not lie either (../forms/soundness.ts says what is checked), plus checks of its
// own that the shared suite cannot express: every rata-rata pertumbuhan is the arithmetic mean of the
// yearly growth rates and not the CAGR, and the side-by-side and row-wise layouts are what they claim.
import { soundnessSuite, getter } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind4 } from "./build";
import { cagr, meanGrowth } from "./evaluasi";
import { colNumber } from "../fixtures/util";

soundnessSuite("the sixth set of unseen standard-form workbooks", buildBlind4, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind4"),
  uniqueClean: true,
  extra: (loaded) => {
    it("writes every rata-rata pertumbuhan as the mean of the yearly growth rates, never the CAGR", () => {
      const { book, wb } = loaded().find((l) => l.book.file.startsWith("tc24-"))!;
      const get = getter(wb);
      const t = book.expected().tables[0];
      const cols = (role: string) =>
        Object.entries(t.columns)
          .filter(([, r]) => (Array.isArray(r) ? r[0] : r) === role)
          .map(([c]) => colNumber(c));
      const [ga, gr] = cols("pertumbuhan");
      const series: Record<number, number[]> = { [ga]: cols("anggaran"), [gr]: cols("realisasi-anggaran") };
      expect(series[ga]).toHaveLength(5);
      expect(series[gr]).toHaveLength(5);
      const problems: string[] = [];
      for (let row = t.firstDataRow; row <= t.lastDataRow; row++)
        for (const col of [ga, gr]) {
          const xs = series[col].map((k) => get(t.sheet, row, k) as number);
          const v = get(t.sheet, row, col) as number;
          if (Math.abs(v - meanGrowth(xs)) > 0.006) problems.push(`${row}:${col} ${v} is not the mean`);
          if (Math.abs(v - cagr(xs)) <= 0.06) problems.push(`${row}:${col} ${v} is also the CAGR`);
        }
      expect(problems).toEqual([]);
    });

    it("puts the two PK tables side by side, one empty column apart, of different heights", () => {
      const { book } = loaded().find((l) => l.book.file.startsWith("pk-sanding-"))!;
      const [l, r] = book.expected().tables.filter((t) => t.sheet === "PK 2025");
      expect(l.header).toEqual(r.header);
      expect(colNumber(r.firstCol) - colNumber(l.lastCol)).toBe(2);
      expect(r.lastDataRow).toBeGreaterThan(l.lastDataRow);
    });

    it("lays the row-wise table out as Tgt / Real. / % Capaian rows", () => {
      const { book, wb } = loaded().find((l) => l.book.file.startsWith("baris-"))!;
      const t = book.expected().tables[0];
      expect(t.columns).toEqual({});
      const get = getter(wb);
      const labels: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) labels.push(String(get(t.sheet, r, 4)));
      expect(new Set(labels)).toEqual(new Set(["Tgt", "Real.", "% Capaian"]));
      expect(labels.length % 3).toBe(0);
    });
  },
});
