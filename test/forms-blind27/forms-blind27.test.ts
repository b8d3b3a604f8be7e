// The twenty-seventh set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: in the PK the yearly value of a flow is the sum of its quarters and of a level its
// triwulan IV, and the T-C.29 has a rasio column for every year it has a target and a realisation.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind27 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the twenty-seventh set of unseen standard-form workbooks", buildBlind27, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind27"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const colsOf = (t: { columns: Record<string, unknown> }, role: string) =>
      Object.entries(t.columns)
        .filter(([, r]) => Array.isArray(r) && r[0] === role)
        .map(([l]) => colNumber(l));

    it("takes a PK flow's year as the sum of its quarters and a level's as its triwulan IV", () => {
      const { book: b, wb } = book("pk-triwulan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const real = colsOf(t, "realisasi");
      expect(real.length).toBe(5);
      const ket = colNumber(t.lastCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const q = real.slice(0, 4).map((c) => Number(get(t.sheet, r, c)));
        const year = Number(get(t.sheet, r, real[4]));
        const flow = String(get(t.sheet, r, ket)).startsWith("Akumulasi");
        const want = flow ? q.reduce((u, v) => u + v, 0) : q[3];
        // the planted row sums three quarters only
        if (flow && Math.abs(year - want) > 1e-6) expect(year).toBeCloseTo(q[0] + q[1] + q[2], 6);
        else expect(year).toBeCloseTo(want, 6);
      }
    });

    it("gives the T-C.29 a target, a realisation and a rasio for each year 2022 .. 2024", () => {
      const { book: b } = book("tc29-");
      const [t] = b.expected().tables;
      for (const role of ["target", "realisasi", "capaian"])
        expect(
          Object.values(t.columns)
            .filter((r) => Array.isArray(r) && r[0] === role)
            .map((r) => (r as [string, number])[1]),
        ).toEqual([2022, 2023, 2024]);
    });
  },
});
