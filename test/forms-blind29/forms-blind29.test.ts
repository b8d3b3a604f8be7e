// The twenty-ninth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the IKU table uses the refleksi on every "Turun" row but the planted one, and the
// RSUD sheet holds two tables, pendapatan above belanja.
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
import { buildBlind27 } from "../forms-blind27/build";
import { buildBlind28 } from "../forms-blind28/build";
import { buildBlind29 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the twenty-ninth set of unseen standard-form workbooks", buildBlind29, {
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
  ],
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("uses the refleksi on every Turun row of the IKU table but the planted AKB 2024", () => {
      const { book: b, wb } = book("iku-dinkes-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      const odd: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const arah = String(getter(wb)(t.sheet, r, c0 + 4));
        for (const c of [c0 + 7, c0 + 10]) {
          const f = (ws.getCell(r, c).value as { formula: string }).formula;
          if (f.startsWith("ROUND((2*") !== (arah === "Turun")) odd.push(ws.getCell(r, c).address);
        }
      }
      expect(odd).toEqual([b.findings[0].cell]);
    });

    it("stands the RSUD belanja table under the pendapatan table on one sheet", () => {
      const { book: b } = book("realisasi-blud-");
      const [p, q] = b.expected().tables;
      expect(p.sheet).toBe(q.sheet);
      expect(q.header[0]).toBeGreaterThan(p.lastDataRow + 1);
    });
  },
});
