// The thirty-seventh set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the BLUD's cumulative columns run month by month and the PBI-JK year-end position is
// the fourth quarter's count, while the iuran of the year is the sum of its quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { buildForms } from "../forms/build";
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
import { buildBlind27 } from "../forms-blind27/build";
import { buildBlind28 } from "../forms-blind28/build";
import { buildBlind29 } from "../forms-blind29/build";
import { buildBlind30 } from "../forms-blind30/build";
import { buildBlind31 } from "../forms-blind31/build";
import { buildBlind32 } from "../forms-blind32/build";
import { buildBlind33 } from "../forms-blind33/build";
import { buildBlind34 } from "../forms-blind34/build";
import { buildBlind35 } from "../forms-blind35/build";
import { buildBlind36 } from "../forms-blind36/build";
import { buildBlind37 } from "./build";

soundnessSuite("the thirty-seventh set of unseen standard-form workbooks", buildBlind37, {
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
    ...buildBlind27(),
    ...buildBlind28(),
    ...buildBlind29(),
    ...buildBlind30(),
    ...buildBlind31(),
    ...buildBlind32(),
    ...buildBlind33(),
    ...buildBlind34(),
    ...buildBlind35(),
    ...buildBlind36(),
  ],
  uniqueClean: true,
  extra: (loaded) => {
    it("runs the BLUD's cumulative columns month by month", () => {
      const { book: b, wb } = loaded().find((l) => l.book.file.startsWith("realisasi-blud-"))!;
      const [t] = b.expected().tables;
      const get = getter(wb);
      let run = 0;
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        run += Number(get(t.sheet, r, 4));
        expect([r, Math.abs(Number(get(t.sheet, r, 5)) - run) < 0.5]).toEqual([r, true]);
      }
    });
    it("keeps the PBI-JK year-end position at TW IV and sums the iuran of the quarters", () => {
      const { book: b, wb } = loaded().find((l) => l.book.file.startsWith("rekap-pbijk-"))!;
      const [t1, t2] = b.expected().tables;
      expect(t1.sheet).toBe(t2.sheet);
      const get = getter(wb);
      for (let r = t1.firstDataRow; r < t1.lastDataRow; r++)
        expect(get(t1.sheet, r, 8)).toBe(get(t1.sheet, r, 7));
      let summed = 0;
      for (let r = t2.firstDataRow; r < t2.lastDataRow; r++) {
        const q = [3, 4, 5, 6].reduce((p, c) => p + Number(get(t2.sheet, r, c)), 0);
        if (q === Number(get(t2.sheet, r, 7))) summed++;
      }
      expect(summed).toBe(9);
    });
  },
});
