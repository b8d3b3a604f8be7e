// The thirty-third set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the first Renstra's new indicators have a text for their kondisi awal instead of a
// number, the LKjIP's targets and realisations carry their units in the cell, and the Dishub IKU's
// Minimize rows take the refleksi except the one planted.
import type ExcelJS from "exceljs";
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
import { buildBlind33 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the thirty-third set of unseen standard-form workbooks", buildBlind33, {
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
  ],
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("gives the first Renstra's new indicators a text for their kondisi awal", () => {
      const { book: b, wb } = book("renstra-perdana-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const awal: string[] = [];
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) awal.push(String(get(t.sheet, r, 5)));
      expect(new Set(awal.filter((v) => !/^\d/.test(v)))).toEqual(new Set(["-", "n/a", "belum ada data"]));
    });

    it("writes the LKjIP's targets and realisations as text with their units", () => {
      const { book: b, wb } = book("lkjip-realisasi-bersatuan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      for (let r = t.firstDataRow; r < t.lastDataRow; r++)
        for (const c of [colNumber("D"), colNumber("E")]) {
          const v = get(t.sheet, r, c);
          expect([r, c, typeof v === "string" && /^\d[\d,]* \S+$/.test(v)]).toEqual([r, c, true]);
        }
    });

    it("takes the refleksi on the Dishub's Minimize rows except the planted one", () => {
      const { book: b, wb } = book("iku-loadfactor-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const kinds: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sifat = String(ws.getCell(r, colNumber("F")).value);
        const f = (ws.getCell(r, colNumber("J")).value as ExcelJS.CellFormulaValue).formula;
        kinds.push(`${sifat}:${f.startsWith("ROUND((2*")}`);
      }
      expect(kinds.filter((k) => k === "Minimize:false").length).toBe(1);
      expect(kinds.filter((k) => k === "Maximize:true").length).toBe(0);
    });
  },
});
