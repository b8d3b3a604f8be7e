// The twenty-sixth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the IKU targets are text with units, the E.81 realisation columns are cumulative (never
// falling from one quarter to the next) and the LKjIP blocks repeat Target / Realisasi / Capaian (%).
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
import { buildBlind26 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the twenty-sixth set of unseen standard-form workbooks", buildBlind26, {
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
  ],
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("types the IKU targets as text with their units", () => {
      const { book: b, wb } = book("iku-target-berunit-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c = colNumber(
        Object.entries(t.columns).find(([, r]) => Array.isArray(r) && r[0] === "target")![0],
      );
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        expect(String(get(t.sheet, r, c))).toMatch(/^[\d,]+ \S+/);
    });

    it("never lets a cumulative E.81 column fall from one quarter to the next", () => {
      const { book: b, wb } = book("e81-sd-triwulan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const real = Object.entries(t.columns)
        .filter(([, r]) => Array.isArray(r) && r[0] === "realisasi")
        .map(([l]) => colNumber(l));
      expect(real.length).toBe(4);
      for (let r = t.firstDataRow; r < t.lastDataRow; r++)
        for (let i = 1; i < 4; i++)
          expect([r, Number(get(t.sheet, r, real[i])) >= Number(get(t.sheet, r, real[i - 1]))]).toEqual([
            r,
            true,
          ]);
    });

    it("repeats Target / Realisasi / Capaian (%) in every LKjIP block", () => {
      const { book: b, wb } = book("lkjip-baris-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const ur: string[] = [];
      for (let r = t.firstDataRow + 1; r <= t.lastDataRow; r++) ur.push(String(get(t.sheet, r, 4)));
      expect(ur).toEqual(Array.from({ length: 5 }, () => ["Target", "Realisasi", "Capaian (%)"]).flat());
    });
  },
});
