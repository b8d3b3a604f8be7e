// The twenty-seventh set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: in the PK the yearly value of a flow is the sum of its quarters and of a level its
// triwulan IV, and the T-C.29 has a rasio column for every year it has a target and a realisation.
import { buildForms } from "../forms/build";
import { getter, soundnessSuite } from "../forms/soundness";
import { buildUnseen } from "../forms-unseen/build";
import { buildBlind } from "../forms-blind/build";
import { buildBlind2 } from "../forms-blind2/build";
import { buildBlind3 } from "../forms-blind3/build";
import { buildBlind4 } from "../forms-blind4/build";
import { buildBlind5 } from "../forms-blind5/build";
import { buildBlind6 } from "../forms-blind6/build";
import { buildBlind7 } from "../forms-blind7/build";
import { buildBlind8 } from "../forms-blind8/build";
import { buildBlind9 } from "../forms-blind9/build";
import { buildBlind10 } from "../forms-blind10/build";
import { buildBlind11 } from "../forms-blind11/build";
import { buildBlind12 } from "../forms-blind12/build";
import { buildBlind13 } from "../forms-blind13/build";
import { buildBlind14 } from "../forms-blind14/build";
import { buildBlind15 } from "../forms-blind15/build";
import { buildBlind16 } from "../forms-blind16/build";
import { buildBlind17 } from "../forms-blind17/build";
import { buildBlind18 } from "../forms-blind18/build";
import { buildBlind19 } from "../forms-blind19/build";
import { buildBlind20 } from "../forms-blind20/build";
import { buildBlind21 } from "../forms-blind21/build";
import { buildBlind22 } from "../forms-blind22/build";
import { buildBlind23 } from "../forms-blind23/build";
import { buildBlind24 } from "../forms-blind24/build";
import { buildBlind25 } from "../forms-blind25/build";
import { buildBlind26 } from "../forms-blind26/build";
import { buildBlind27 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the twenty-seventh set of unseen standard-form workbooks", buildBlind27, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => [
    ...buildForms(),
    ...buildUnseen(),
    ...buildBlind(),
    ...buildBlind2(),
    ...buildBlind3(),
    ...buildBlind4(),
    ...buildBlind5(),
    ...buildBlind6(),
    ...buildBlind7(),
    ...buildBlind8(),
    ...buildBlind9(),
    ...buildBlind10(),
    ...buildBlind11(),
    ...buildBlind12(),
    ...buildBlind13(),
    ...buildBlind14(),
    ...buildBlind15(),
    ...buildBlind16(),
    ...buildBlind17(),
    ...buildBlind18(),
    ...buildBlind19(),
    ...buildBlind20(),
    ...buildBlind21(),
    ...buildBlind22(),
    ...buildBlind23(),
    ...buildBlind24(),
    ...buildBlind25(),
    ...buildBlind26(),
  ],
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
