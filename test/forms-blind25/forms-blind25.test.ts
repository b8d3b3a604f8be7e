// The twenty-fifth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own that the shared suite cannot express: the E.79's year K is the Triwulan IV value of a
// level and the sum of the quarters of a count, the LKjIP's national capaian is typed and "-" where
// no national target exists, the PK's Keterangan says "Tetap" exactly where Semula = Menjadi, and
// the monthly report's JUMLAH serapan divides the totals.
import type ExcelJS from "exceljs";
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
import { buildBlind25 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the twenty-fifth set of unseen standard-form workbooks", buildBlind25, {
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
    const col = (t: { firstCol: string }, k: number) => colNumber(t.firstCol) + k;

    it("takes the Triwulan IV K of a level and adds the quarters of a count in the E.79", () => {
      const { book: b, wb } = book("e79-urusan-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const kinds = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sat = ws.getCell(r, col(t, 4)).value;
        const y = ws.getCell(r, col(t, 15)).value as ExcelJS.CellFormulaValue | null;
        if (!sat || !y) continue;
        const f = y.formula;
        kinds.add(f.startsWith("SUM(") ? "count" : "level");
        expect([r, f.startsWith("SUM(")]).toEqual([r, !["%"].includes(String(sat))]);
      }
      expect(kinds).toEqual(new Set(["count", "level"]));
    });

    it("types the LKjIP's national capaian, '-' where there is no national target", () => {
      const { book: b, wb } = book("lkjip-tigacapaian-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const ws = wb.getWorksheet(t.sheet)!;
      let dash = 0;
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const cell = ws.getCell(r, col(t, 10));
        expect([r, typeof cell.value === "object" && cell.value !== null]).toEqual([r, false]);
        const tn = get(t.sheet, r, col(t, 9));
        if (tn === "-") {
          dash++;
          expect(get(t.sheet, r, col(t, 10))).toBe("-");
        }
      }
      expect(dash).toBe(2);
    });

    it("says 'Tetap' in the PK exactly where Semula = Menjadi", () => {
      const { book: b, wb } = book("pk-perubahan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      let changed = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const same = get(t.sheet, r, col(t, 4)) === get(t.sheet, r, col(t, 5));
        expect([r, get(t.sheet, r, col(t, 6)) === "Tetap"]).toEqual([r, same]);
        if (!same) changed++;
      }
      expect(changed).toBe(1);
    });

    it("divides the totals for the JUMLAH serapan of the monthly report", () => {
      const { book: b, wb } = book("realisasi-bulanan-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const f = (ws.getCell(t.lastDataRow, colNumber(t.lastCol)).value as ExcelJS.CellFormulaValue).formula;
      expect(f).toBe(`ROUND(Q${t.lastDataRow}/D${t.lastDataRow}*100,2)`);
    });
  },
});
