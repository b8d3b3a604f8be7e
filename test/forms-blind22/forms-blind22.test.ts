// The twenty-second set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own that the shared suite cannot express: every IFERROR formula written by hand caches what
// it computes, the Disdukcapil's year adds the months exactly for the documents and takes December
// for the percentages, the Satpol PP's negative indicators are named in its note only, and the
// Kecamatan's TW-IV targets are the year's targets.
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
import { buildBlind22 } from "./build";
import { evalRaw } from "./common";

soundnessSuite("the twenty-second set of unseen standard-form workbooks", buildBlind22, {
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
  ],
  uniqueClean: true,
  extra: (loaded) => {
    it("caches the true result of every formula written by hand (IFERROR)", () => {
      const problems: string[] = [];
      for (const { book, wb } of loaded()) {
        const kit = new Set(book.formulas.map((f) => `${f.sheet}!${f.row}:${f.col}`));
        wb.eachSheet((ws) =>
          ws.eachRow((row) =>
            row.eachCell((cell) => {
              const v = cell.value as ExcelJS.CellFormulaValue;
              if (!v || typeof v !== "object" || !("formula" in v)) return;
              if (kit.has(`${ws.name}!${cell.row}:${cell.col}`)) return;
              const fresh = evalRaw(v.formula, ws.name, getter(wb));
              if (fresh !== v.result) problems.push(`${book.file} ${ws.name}!${cell.address}: ${v.formula}`);
            }),
          ),
        );
      }
      expect(problems).toEqual([]);
    });

    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds the months for the documents and takes December for the percentages (Disdukcapil)", () => {
      const { book: b, wb } = book("rekap-bulanan-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const kinds = new Set<string>();
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const sat = String(ws.getCell(`C${r}`).value ?? "");
        const y = ws.getCell(`Q${r}`).value as ExcelJS.CellFormulaValue | number | null;
        if (!sat) continue;
        const f = y && typeof y === "object" && "formula" in y ? y.formula : "typed";
        kinds.add(sat === "%" ? `% ${f}` : f.startsWith("SUM(") ? "sum" : f);
      }
      // the documents SUM, the two percentages point at their December cell, one year typed (planted)
      expect([...kinds].sort()).toEqual(["% P15", "% P19", "sum", "typed"]);
    });

    it("names the Satpol PP's negative indicators in its note only", () => {
      const { book: b, wb } = book("e81-catatannegatif-");
      const [t] = b.expected().tables;
      expect(Object.values(t.columns)).not.toContain("polaritas");
      const texts: string[] = [];
      wb.getWorksheet(t.sheet)!.eachRow((row, r) => {
        if (r > t.lastDataRow) row.eachCell((c) => texts.push(String(c.value)));
      });
      const note = texts.find((x) => x.includes("Indikator negatif"))!;
      expect(note).toContain("Persentase pelanggaran Perda yang berulang");
      expect(note).toContain("Waktu tanggap (response time) penanganan kebakaran");
    });

    it("gives the Kecamatan's year target as the TW-IV target, not the quarters' sum", () => {
      const { book: b, wb } = book("pk-twkumulatif-");
      const t = b.expected().tables[0];
      const get = getter(wb);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        expect([r, get(t.sheet, r, 9)]).toEqual([r, get(t.sheet, r, 5)]);
    });
  },
});
