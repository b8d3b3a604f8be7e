// The thirty-first set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the Rencana Aksi's counts add their months while its levels do not, the cascading
// table merges tujuan and sasaran down the rows, and the recap per PD links the first sheet.
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
import { buildBlind31 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the thirty-first set of unseen standard-form workbooks", buildBlind31, {
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
  ],
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds the months of a count in the Rencana Aksi and types the level of the others", () => {
      const { book: b, wb } = book("rencana-aksi-bulanan-");
      const t = b.expected().tables.find((x) => x.sheet === "RA Kinerja 2025")!;
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const cara = String(ws.getCell(r, c0 + 17).value);
        const y = ws.getCell(r, c0 + 4).value;
        const isSum =
          typeof y === "object" && y !== null && "formula" in y && String(y.formula).startsWith("SUM(");
        expect([r, isSum]).toEqual([r, cara === "Jumlah"]);
      }
    });

    it("merges tujuan and sasaran down the rows of the cascading table", () => {
      const { book: b, wb } = book("cascading-tujuan-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      expect(ws.getCell(t.firstDataRow + 1, c0).isMerged).toBe(true);
      expect(ws.getCell(t.firstDataRow + 1, c0 + 1).isMerged).toBe(true);
      expect(ws.getCell(t.lastDataRow, c0 + 3).isMerged).toBe(false);
    });

    it("links the recap per PD to the Program Prioritas sheet, but for one typed pagu", () => {
      const { wb } = book("rkpd-program-prioritas-");
      const ws = wb.getWorksheet("Rekap per PD")!;
      const get = getter(wb);
      let typed = 0;
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          if (typeof v === "number" && v > 1e9) typed++;
          if (typeof v === "object" && v && "formula" in v && !String(v.formula).startsWith("SUM("))
            expect(String(v.formula)).toContain("'Prioritas RKPD 2026'!");
        }),
      );
      expect(typed).toBe(1);
      expect(get("Rekap per PD", 1, 1)).toMatch(/REKAPITULASI/);
    });
  },
});
