// The thirtieth set must not lie either (../forms/soundness.ts says what is checked), plus checks of
// its own that the shared suite cannot express: the RKPD pagu pasted as text is text with thousands
// dots, the T-C.27's kondisi akhir on the second sheet adds pagu from the first, and the IKU's PK
// links or copies the 2025 targets.
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
import { buildBlind25 } from "../forms-blind25/build";
import { buildBlind26 } from "../forms-blind26/build";
import { buildBlind27 } from "../forms-blind27/build";
import { buildBlind28 } from "../forms-blind28/build";
import { buildBlind30 } from "./build";

soundnessSuite("the thirtieth set of unseen standard-form workbooks", buildBlind30, {
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

    it("keeps the RKPD's pasted pagu as text with thousands dots, beside real numbers", () => {
      const { book: b, wb } = book("rkpd-rekap-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const texts: string[] = [];
      let numbers = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        for (const c of [4, 5, 6]) {
          const v = get(t.sheet, r, c);
          if (typeof v === "string") texts.push(v);
          if (typeof v === "number") numbers++;
        }
      expect(texts).toEqual(["12.475.380.000"]);
      expect(numbers).toBeGreaterThan(30);
    });

    it("adds the first sheet's pagu into the T-C.27 kondisi akhir on the second sheet", () => {
      const { book: b, wb } = book("tc27-duasheet-");
      const t2 = b.expected().tables[1];
      const ws = wb.getWorksheet(t2.sheet)!;
      let cross = 0;
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as ExcelJS.CellFormulaValue;
          if (v && typeof v === "object" && "formula" in v && v.formula.includes("'T-C.27 (1)'!")) cross++;
        }),
      );
      expect(cross).toBeGreaterThanOrEqual(6);
    });

    it("links most PK 2025 targets to the IKU table and types the rest", () => {
      const { wb } = book("iku-tahundasar-");
      const ws = wb.getWorksheet("PK 2025")!;
      let links = 0;
      let typed = 0;
      ws.eachRow((row, r) => {
        if (r < 6) return;
        const v = row.getCell(5).value;
        if (v && typeof v === "object" && "formula" in v) links++;
        else if (typeof v === "number") typed++;
      });
      expect([links, typed]).toEqual([2, 3]);
    });
  },
});
