// The forty-second set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the Disdukcapil's closing row sums the flows and repeats December's coverage, the PK's
// Rencana Aksi adds the quarters of a flow and climbs to the year for a level, the Minimal rows of the
// IKU matrix use the refleksi except the one planted, and the IKU's Formulasi is text.
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
import { buildBlind42 } from "./build";
import { colNumber } from "../fixtures/util";
import type ExcelJS from "exceljs";

soundnessSuite("the forty-second set of unseen standard-form workbooks", buildBlind42, {
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
  ],
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("sums the Disdukcapil's flows and repeats December's coverage in the closing row", () => {
      const { book: b, wb } = book("penerbitan-dokumen-");
      const t = b.expected().tables[0];
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      const f = (c: number) => (ws.getCell(t.lastDataRow, c).value as ExcelJS.CellFormulaValue).formula;
      for (const c of [c0 + 2, c0 + 3, c0 + 4]) expect(f(c).startsWith("SUM(")).toBe(true);
      expect(f(c0 + 5)).toBe(`${t.lastCol}${t.lastDataRow - 1}`);
    });

    it("adds the quarters of a flow and climbs to the year for a level in the Rencana Aksi", () => {
      const { book: b, wb } = book("pk-rencana-aksi-");
      const t = b.expected().tables.find((x) => x.sheet === "PK 2025")!;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const units: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sat = String(get(t.sheet, r, c0 + 3));
        const year = get(t.sheet, r, c0 + 4) as number;
        const q = [5, 6, 7, 8].map((k) => get(t.sheet, r, c0 + k));
        units.push(sat);
        if (sat === "%" || sat === "nilai") expect([r, q[3]]).toEqual([r, year]);
        else expect([r, q.every((v) => typeof v === "number" && v < year)]).toEqual([r, true]);
      }
      expect(units.filter((u) => u === "%" || u === "nilai").length).toBe(3);
    });

    it("writes the IKU's Formulasi as text and the refleksi on a Minimal row", () => {
      const { book: b, wb } = book("matriks-iku-formulasi-");
      const t = b.expected().tables[0];
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      let refleksi = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        expect(typeof ws.getCell(r, c0 + 3).value).toBe("string");
        const f = (ws.getCell(r, c0 + 8).value as ExcelJS.CellFormulaValue).formula;
        if (f.includes("2*")) {
          refleksi++;
          expect(ws.getCell(r, c0 + 5).value).toBe("Minimal");
        }
      }
      expect(refleksi).toBe(1);
    });
  },
});
