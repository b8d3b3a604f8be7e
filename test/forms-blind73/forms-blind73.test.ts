// The seventy-fifth set must not lie either (../forms/soundness.ts says what is checked), plus checks of
// its own: the monthly recap's yearly % penempatan is the ratio of the totals, the E.79 takes the
// Triwulan IV value for the yearly K of a level and the sum of the quarters for a flow, and the
// T-C.27 program rows add the Rp of exactly the kegiatan under them.
import ExcelJS from "exceljs";
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
import { buildBlind29 } from "../forms-blind29/build";
import { buildBlind30 } from "../forms-blind30/build";
import { buildBlind31 } from "../forms-blind31/build";
import { buildBlind32 } from "../forms-blind32/build";
import { buildBlind33 } from "../forms-blind33/build";
import { buildBlind34 } from "../forms-blind34/build";
import { buildBlind35 } from "../forms-blind35/build";
import { buildBlind36 } from "../forms-blind36/build";
import { buildBlind37 } from "../forms-blind37/build";
import { buildBlind38 } from "../forms-blind38/build";
import { buildBlind39 } from "../forms-blind39/build";
import { buildBlind40 } from "../forms-blind40/build";
import { buildBlind41 } from "../forms-blind41/build";
import { buildBlind42 } from "../forms-blind42/build";
import { buildBlind43 } from "../forms-blind43/build";
import { buildBlind44 } from "../forms-blind44/build";
import { buildBlind45 } from "../forms-blind45/build";
import { buildBlind46 } from "../forms-blind46/build";
import { buildBlind47 } from "../forms-blind47/build";
import { buildBlind48 } from "../forms-blind48/build";
import { buildBlind49 } from "../forms-blind49/build";
import { buildBlind50 } from "../forms-blind50/build";
import { buildBlind51 } from "../forms-blind51/build";
import { buildBlind52 } from "../forms-blind52/build";
import { buildBlind53 } from "../forms-blind53/build";
import { buildBlind54 } from "../forms-blind54/build";
import { buildBlind55 } from "../forms-blind55/build";
import { buildBlind56 } from "../forms-blind56/build";
import { buildBlind57 } from "../forms-blind57/build";
import { buildBlind58 } from "../forms-blind58/build";
import { buildBlind59 } from "../forms-blind59/build";
import { buildBlind60 } from "../forms-blind60/build";
import { buildBlind61 } from "../forms-blind61/build";
import { buildBlind62 } from "../forms-blind62/build";
import { buildBlind63 } from "../forms-blind63/build";
import { buildBlind64 } from "../forms-blind64/build";
import { buildBlind65 } from "../forms-blind65/build";
import { buildBlind66 } from "../forms-blind66/build";
import { buildBlind67 } from "../forms-blind67/build";
import { buildBlind68 } from "../forms-blind68/build";
import { buildBlind69 } from "../forms-blind69/build";
import { buildBlind70 } from "../forms-blind70/build";
import { buildBlind71 } from "../forms-blind71/build";
import { buildBlind72 } from "../forms-blind72/build";
import { buildBlind73 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the seventy-fifth set of unseen standard-form workbooks", buildBlind73, {
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
    ...buildBlind37(),
    ...buildBlind38(),
    ...buildBlind39(),
    ...buildBlind40(),
    ...buildBlind41(),
    ...buildBlind42(),
    ...buildBlind43(),
    ...buildBlind44(),
    ...buildBlind45(),
    ...buildBlind46(),
    ...buildBlind47(),
    ...buildBlind48(),
    ...buildBlind49(),
    ...buildBlind50(),
    ...buildBlind51(),
    ...buildBlind52(),
    ...buildBlind53(),
    ...buildBlind54(),
    ...buildBlind55(),
    ...buildBlind56(),
    ...buildBlind57(),
    ...buildBlind58(),
    ...buildBlind59(),
    ...buildBlind60(),
    ...buildBlind61(),
    ...buildBlind62(),
    ...buildBlind63(),
    ...buildBlind64(),
    ...buildBlind65(),
    ...buildBlind66(),
    ...buildBlind67(),
    ...buildBlind68(),
    ...buildBlind69(),
    ...buildBlind70(),
    ...buildBlind71(),
    ...buildBlind72(),
  ],
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("gives the yearly % penempatan as the ratio of the totals, not a sum of the months", () => {
      const { book: b, wb } = book("rekap-bulanan-pencaker-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const tot = t.lastDataRow;
      const pct = get(t.sheet, tot, c0 + 9) as number;
      const ratio = ((get(t.sheet, tot, c0 + 8) as number) / (get(t.sheet, tot, c0 + 4) as number)) * 100;
      expect(Math.abs(pct - ratio)).toBeLessThan(0.006);
      expect(pct).toBeLessThan(100);
    });

    it("takes the TW IV level for a rate and the sum of the quarters for a count in the E.79", () => {
      const { book: b, wb } = book("e79-evaluasi-rpjmd-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      const kinds = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sat = ws.getCell(r, c0 + 4).value;
        const y = ws.getCell(r, c0 + 19).value as ExcelJS.CellFormulaValue | null;
        if (!y || typeof y !== "object" || !("formula" in y)) continue;
        kinds.add(String(sat));
        expect([r, y.formula.includes("+")]).toEqual([r, sat !== "%"]);
      }
      expect(kinds.has("%")).toBe(true);
    });

    it("adds to a T-C.27 program row the Rp of the kegiatan listed under it", () => {
      const { book: b, wb } = book("renstra-tc27-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      let programs = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const kode = String(ws.getCell(r, c0).value);
        if (kode.split(".").length !== 3) continue;
        programs++;
        const f = (ws.getCell(r, c0 + 6).value as ExcelJS.CellFormulaValue).formula;
        let next = r + 1;
        while (next <= t.lastDataRow && String(ws.getCell(next, c0).value).split(".").length === 5) next++;
        expect([r, f.split("+").length]).toEqual([r, next - r - 1]);
      }
      expect(programs).toBe(3);
    });
  },
});
